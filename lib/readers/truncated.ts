/**
 * A saved page that was cut off (a partial download, a copy that stopped mid-tag) parses into a
 * smaller, well-formed document: a register with a third of its pupils looks whole. The source text
 * still shows it: no closing `</html>`, a tag left open at the end, more tables opened than closed.
 * The read-page seam (and anything else that reads saved HTML) marks such a read incomplete. Live
 * pages in the browser are whole documents and never pass through here.
 */
import type { RegisterView } from './view';

export function truncation(html: string): string | undefined {
  const t = html.replace(/(?:\s|<!--[\s\S]*?-->)+$/, '');
  if (/<\/html>$/i.test(t)) return undefined;
  if (/<[^>]*$/.test(t)) return 'the saved page ends in the middle of a tag: it was cut off';
  const opened = (t.match(/<table\b/gi) ?? []).length;
  const closed = (t.match(/<\/table>/gi) ?? []).length;
  if (opened > closed) return 'the saved page ends inside a table: it was cut off';
  if (/<(?:html|body)\b/i.test(t)) return 'the saved page ends before its closing </html>: it may have been cut off';
  return undefined;
}

/** The view, marked incomplete when its source HTML was cut off. */
export function checkSource(view: RegisterView, html: string): RegisterView {
  const why = truncation(html);
  return why ? { ...view, complete: false, problems: [...view.problems, { where: 'page', what: why }] } : view;
}
