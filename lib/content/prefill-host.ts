/**
 * The forms content script's shell: finds the form (top frame, else a same-origin, unsandboxed
 * frame), mounts the prefill panel in a shadow root, and connects it to the background. Nothing is
 * written into the form except from the panel's Fill button; Undo puts it all back.
 */
import { h, render } from 'preact';
import { PrefillPanel } from '../../components/prefill/PrefillPanel';
import { PANEL_CSS } from '../../components/prefill/styles';
import type { PanelApi, PanelPlan } from '../../components/prefill/types';
import { send } from '../messaging';
import { collectForm, pickFormRoot } from '../prefill/collect';
import { addRows, fillForm } from '../prefill/fill';
import type { FormSnapshot } from '../prefill/snapshot';

const HOST_ID = 'attendance-lens-prefill';

interface Ctx { onInvalidated(cb: () => void): void }

/** The document holding the form: this one, or a same-origin frame's (never cross-origin or sandboxed). */
export function formDocument(doc: Document): Document | null {
  if (pickFormRoot(doc)) return doc;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    if (frame.hasAttribute('sandbox')) continue;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (inner && pickFormRoot(inner)) return inner;
  }
  return null;
}

const rendered = (el: Element) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true;
/** Where an element is drawn: placed labels (a PDF's text layer) are paired with boxes by it. */
const rectOf = (el: Element) => el.getBoundingClientRect();

export function startPrefillPanel(ctx: Ctx): void {
  const existing = document.getElementById(HOST_ID);
  if (existing) {
    // Opened again (popup or shortcut): bring the panel back into view and focus.
    (existing as HTMLElement).hidden = false;
    existing.shadowRoot?.querySelector<HTMLInputElement>('#al-pupil-search')?.focus();
    return;
  }
  const host = document.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  shadow.appendChild(style);
  const mountPoint = document.createElement('div');
  shadow.appendChild(mountPoint);
  document.documentElement.appendChild(host);
  const close = () => {
    render(null, mountPoint);
    host.remove();
  };
  ctx.onInvalidated(close);

  const formDoc = formDocument(document);
  if (!formDoc) {
    mountPoint.innerHTML = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'panel';
    p.textContent = 'Attendance Lens found no form on this page (it looks in this page and in frames from the same site only).';
    mountPoint.appendChild(p);
    setTimeout(close, 6000);
    return;
  }
  const url = location.href;
  let snapshot: FormSnapshot = collectForm(formDoc, { url, isRendered: rendered, rectOf })!;
  let lastUndo: (() => void) | null = null;
  let lastRequest: Parameters<PanelApi['plan']>[0] | null = null;

  const api: PanelApi = {
    searchPupils: async (query) => (await send('prefill-pupils', { url, query })).pupils,
    context: () => send('prefill-context', { url }),
    plan: async (req) => {
      lastRequest = req;
      snapshot = collectForm(formDoc, { url, isRendered: rendered, rectOf })!;
      return (await send('prefill-plan', { url, snapshot, ...req })) as PanelPlan;
    },
    fill: async (plan, pupilIds) => {
      let current = plan;
      if (current.addRows.length) {
        for (const r of (current as PanelPlan & { addRows: { buttonIndex: number; count: number }[] }).addRows) addRows(formDoc, r.buttonIndex, r.count);
        // The form grew: read it again and plan against what is there now.
        snapshot = collectForm(formDoc, { url, isRendered: rendered, rectOf })!;
        current = (await send('prefill-plan', { url, snapshot, ...(lastRequest ?? { pupilIds, overwrite: [] }) })) as PanelPlan;
      }
      const out = fillForm(formDoc, snapshot, current.actions, { isRendered: rendered, rectOf });
      if (!out.ok) return { ok: false, why: out.why, filled: 0 };
      lastUndo = out.undo;
      await send('prefill-record', {
        url, formProfile: current.profileId, formTitle: current.formTitle, pupilIds,
        fieldsFilled: current.actions.filter((a) => out.filled.some((f) => f.fieldIndex === a.fieldIndex)).map((a) => ({ key: a.key, pupilIndex: a.pupilIndex })),
        refused: current.refusals.map((r) => ({ field: r.field.label || r.field.name, why: r.why })),
      });
      return { ok: true, filled: out.filled.length };
    },
    undo: () => {
      lastUndo?.();
      lastUndo = null;
    },
    saveMapping: async (mapping) => {
      await send('prefill-mapping-save', { url, formTitle: snapshot.headings[0] || snapshot.title, mapping });
    },
    exportMapping: (mapping) => {
      const u = new URL(url);
      const file = { kind: 'attendance-lens-prefill-mappings', version: 1, forms: { [`${u.origin}${u.pathname}|${(snapshot.headings[0] || snapshot.title).trim()}`]: mapping } };
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      a.download = `attendance-lens-mapping-${u.hostname}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    },
    importMapping: async (text) => {
      const { forms } = await send('prefill-mapping-import', { url, text });
      return `Imported the mapping for ${forms} ${forms === 1 ? 'form' : 'forms'}.`;
    },
    close,
  };
  render(h(PrefillPanel, { api, formTitle: snapshot.headings[0] || snapshot.title }), mountPoint);
}
