/** Teach mode's host element, by name only: known to the content script before teach mode is loaded. */
export const TEACH_TAG = 'attendance-lens-teach';

export function isTeachNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(TEACH_TAG);
}

/** The MIS content script's function, in its isolated world, that the popup's "Teach this page" calls. */
export const TEACH_HOOK = '__attendanceLensTeach';
