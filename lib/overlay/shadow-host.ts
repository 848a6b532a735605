/**
 * Builds the overlay's one host element and shadow tree on a page: the host appended to the root element
 * (nothing is inserted into the page's rows or cells, so its layout and tab order do not change), a layer
 * for the badges and one beneath it for the highlight outlines.
 */
import { OVERLAY_HOST_TAG } from './host';
import { adoptOverlayStyles } from './styles';

// Inline and !important: the page's own rules (even `* { … !important }`) cannot move or hide the host.
export const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:absolute',
  'left:0',
  'top:0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'overflow:visible',
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'filter:none',
  'z-index:2147483646',
  'pointer-events:none',
]
  .map((d) => `${d} !important`)
  .join(';');

export interface OverlayShadow {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The origin every badge and outline is translated from (document coordinates). */
  root: HTMLDivElement;
  /** Highlight outlines, beneath the badges and hidden from assistive technology (the summary says what is highlighted). */
  outlines: HTMLDivElement;
  /** Where Preact renders the badges, panel and dock. */
  layer: HTMLDivElement;
}

/** One overlay per page: a host left behind by an invalidated content script is replaced. */
export function createOverlayShadow(doc: Document): OverlayShadow {
  for (const old of Array.from(doc.querySelectorAll(OVERLAY_HOST_TAG))) old.remove();
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptOverlayStyles(shadow);
  const root = doc.createElement('div');
  root.className = 'al-root';
  const outlines = doc.createElement('div');
  outlines.className = 'al-outlines';
  outlines.setAttribute('aria-hidden', 'true');
  const layer = doc.createElement('div');
  layer.className = 'al-layer';
  root.append(outlines, layer);
  shadow.append(root);
  doc.documentElement.append(host);
  return { host, shadow, root, outlines, layer };
}
