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
