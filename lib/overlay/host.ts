/**
 * The overlay's host element, by name only: the MIS content script needs to recognise our own DOM
 * (to ignore its mutations and edits) long before — or without ever — loading the overlay itself.
 */
export const OVERLAY_HOST_TAG = 'attendance-lens-overlay';

/** For watchPage's `isOwnNode`: is this node part of an overlay (so its mutations are ours)? */
export function isOverlayNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OVERLAY_HOST_TAG);
}

/**
 * For the page watcher: a mutation that only added or removed an overlay host (its insertion into the
 * root element is the one change the overlay makes outside its shadow root) is not a page change.
 */
export function isOverlayMutation(r: MutationRecord): boolean {
  if (isOverlayNode(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.toLowerCase() === OVERLAY_HOST_TAG);
}
