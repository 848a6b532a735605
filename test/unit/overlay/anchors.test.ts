import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAnchorCell } from '../../../lib/overlay/anchors';

function row(html: string): Element {
  const { document } = parseHTML(`<table><tbody><tr>${html}</tr></tbody></table>`);
  return document.querySelector('tr')!;
}

describe('the cell a badge anchors to', () => {
  it('is the cell with the pupil name, not a checkbox or photo column', () => {
    const r = row('<td><input type="checkbox"></td><td>7RB</td><td class="n">Fictional, Ava</td><td><select><option>/</option></select></td>');
    expect(findAnchorCell(r, 'Ava Fictional').className).toBe('n');
  });
  it('ignores mark cells whose option labels happen to contain a name token', () => {
    const r = row('<td class="n">Mark Present</td><td><select><option>Present (mark)</option></select></td>');
    expect(findAnchorCell(r, 'Mark Present').className).toBe('n');
  });
  it('falls back to the first non-empty cell, then the row', () => {
    const r = row('<td></td><td class="first">Someone</td><td>/</td>');
    expect(findAnchorCell(r, 'Zed Nobody').className).toBe('first');
    const empty = row('');
    expect(findAnchorCell(empty, 'Zed Nobody')).toBe(empty);
  });
});

describe('telling overlay mutations from page changes', async () => {
  const { isOverlayNode, OVERLAY_HOST_TAG } = await import('../../../lib/overlay/host');
  // The page watcher's filter (content script): our hosts' own comings and goings are not page changes.
  const { isOwnMutation } = await import('../../../lib/content/own-mutations');
  const { document } = parseHTML(`<html><body><p id="p">x</p></body></html>`);
  const host = document.createElement(OVERLAY_HOST_TAG);
  const inner = document.createElement('span');
  host.append(inner);
  document.documentElement.append(host);
  const record = (over: Partial<MutationRecord>) =>
    ({ type: 'childList', target: document.documentElement, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...over }) as MutationRecord;

  it('nodes inside the host are ours; page nodes are not', () => {
    expect(isOverlayNode(host)).toBe(true);
    expect(isOverlayNode(inner.appendChild(document.createTextNode('t')))).toBe(true);
    expect(isOverlayNode(document.getElementById('p')!)).toBe(false);
  });
  it('inserting or removing the host is not a page change; anything else is', () => {
    expect(isOwnMutation(record({ addedNodes: [host] as unknown as NodeList }))).toBe(true);
    expect(isOwnMutation(record({ removedNodes: [host] as unknown as NodeList }))).toBe(true);
    expect(isOwnMutation(record({ addedNodes: [host, document.getElementById('p')!] as unknown as NodeList }))).toBe(false);
    expect(isOwnMutation(record({ type: 'attributes', target: document.getElementById('p')! }))).toBe(false);
    expect(isOwnMutation(record({}))).toBe(false);
  });
});
