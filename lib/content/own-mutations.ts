import { isOverlayNode } from '../overlay/host';
import { isNoticeNode } from './notice';
import { isTeachNode } from './teach/host';

const isOurs = (n: Node) => isOverlayNode(n) || isNoticeNode(n) || isTeachNode(n);

/**
 * A DOM change the extension made itself: inside one of its hosts, or adding/removing a host (a
 * host is appended to <html>, so the record's target is the page's own element). Re-reading the
 * page for these would loop.
 */
export function isOwnMutation(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every(isOurs);
}
