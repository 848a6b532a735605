/**
 * The modelled LA forms: `/forms/` lists them, `/forms/kent/<slug>` shows one (`?naming=semantic`
 * for the semantic-name variant), and POSTing it answers a "received (demo — nothing sent
 * anywhere)" page echoing every field. Nothing leaves this computer.
 */
import { html, raw, type Raw } from '../html';
import { htmlReply, notFound, readForm, type Route } from '../http';
import { CONTROLLED_SCRIPT } from './controlled-script';
import { PATHWAYS, pathwayBySlug, type PathwaySpec } from './pathways';
import { renderPathwayForm, type Naming } from './render';
import { FORMS_CSS } from './styles';

const FOOTER = 'Modelled on Kent County Council’s Digital Front Door forms for testing; labels are paraphrased and this is not KCC’s markup. Demo only: submissions stay on this computer.';

function doc(title: string, body: Raw, script = ''): Raw {
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Digital Front Door (demo)</title><style>${raw(FORMS_CSS)}</style></head>
<body><header class="la-header"><strong>Kelsi</strong><span>Kent PRU and Attendance Service — Digital Front Door (demo)</span></header>
<div class="la-phase"><b>DEMO</b>This is a local copy for testing. Forms are never sent to Kent County Council.</div>
<main>${body}</main>
<footer class="la-footer">${FOOTER}</footer>${script ? html`<script>${raw(script)}</script>` : ''}</body></html>`;
}

const formPath = (p: PathwaySpec) => `/forms/kent/${p.slug}`;

function listPage(): Raw {
  return doc('Pathways', html`<h1>Digital Front Door pathways</h1>
<p>Choose the form for what you need to tell or ask the local authority. Forms marked “script-controlled” keep their inputs in a page script.</p>
<ol>${PATHWAYS.map((p) => html`<li value="${p.number}"><a href="${formPath(p)}">${p.title}</a>${p.controlled ? ' (script-controlled)' : ''} — ${p.summary} <small>(<a href="${formPath(p)}?naming=semantic">semantic-name variant</a>)</small></li>`)}</ol>`);
}

function naming(url: URL): Naming {
  return url.searchParams.get('naming') === 'semantic' ? 'semantic' : 'squiz';
}

function labelFor(labels: Map<string, string>, name: string): string {
  const direct = labels.get(name);
  if (direct) return direct;
  // Rows added in the page are not in the rendered map: look up the template row's label.
  const m = /\[(\d+)\]/.exec(name);
  if (m) {
    const t = labels.get(name.replace(/\[\d+\]/, '[__ROW__]'));
    if (t) return t.replace(/^(\w+) :/, `$1 ${Number(m[1]) + 1}:`);
  }
  return '';
}

/** The whole HTML page of one pathway form, as the server sends it (also used by tests and the bench). */
export function pathwayPage(p: PathwaySpec, n: Naming): string {
  const { body } = renderPathwayForm(p, n, `${formPath(p)}${n === 'semantic' ? '?naming=semantic' : ''}`);
  return String(doc(p.title, html`<span class="govuk-caption">Pathway ${p.number}</span><h1>${p.title}</h1><p>${p.summary}</p>${body}`, p.controlled ? CONTROLLED_SCRIPT : ''));
}

export const formRoutes: Route[] = [
  { method: 'GET', pattern: /^\/forms\/?$/, handle: () => htmlReply(listPage()) },
  {
    method: 'GET',
    pattern: /^\/forms\/kent\/([a-z0-9-]+)$/,
    handle: (ctx) => {
      const p = pathwayBySlug(ctx.params[0] ?? '');
      if (!p) return notFound('No such pathway.');
      return htmlReply(pathwayPage(p, naming(ctx.url)));
    },
  },
  {
    method: 'POST',
    pattern: /^\/forms\/kent\/([a-z0-9-]+)$/,
    handle: async (ctx) => {
      const p = pathwayBySlug(ctx.params[0] ?? '');
      if (!p) return notFound('No such pathway.');
      const { labels } = renderPathwayForm(p, naming(ctx.url), formPath(p));
      const entries = (await readForm(ctx.req)).filter((e) => !/^SQ_FORM_|_submit$/.test(e.name));
      const body = html`<div class="panel" role="status"><h1>Received (demo — nothing sent anywhere)</h1><p>${p.title}</p></div>
<p>This demo server received the ${entries.length} field(s) below. It keeps nothing and forwards nothing.</p>
<dl class="echo" id="received-fields">${entries.map((e) => html`<dt>${labelFor(labels, e.name) || e.name}</dt><dd data-name="${e.name}">${e.file ? (e.file.name ? `${e.file.name} (${e.file.size} bytes, file not kept)` : "(no file chosen)") : e.value}<code>${e.name}</code></dd>`)}</dl>
<p><a href="${formPath(p)}">Back to the form</a> · <a href="/forms/">All pathways</a></p>`;
      return htmlReply(doc(`Received: ${p.title}`, body));
    },
  },
];
