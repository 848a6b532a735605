// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createOverlayShadow, HOST_STYLE } from '../../../lib/overlay/shadow-host';
import { OVERLAY_HOST_TAG } from '../../../lib/overlay/host';

describe('the overlay’s host on a page', () => {
  it('one host per page, on the root element, styled so the page cannot move or hide it; a layer for badges above one for outlines', () => {
    document.body.innerHTML = '<table><tr><td>Ava</td></tr></table>';
    const left = document.createElement(OVERLAY_HOST_TAG);
    document.documentElement.append(left);
    const o = createOverlayShadow(document);
    expect(left.isConnected).toBe(false);
    expect(document.querySelectorAll(OVERLAY_HOST_TAG)).toHaveLength(1);
    expect(o.host.parentElement).toBe(document.documentElement);
    expect(o.host.getAttribute('style')).toBe(HOST_STYLE);
    expect(HOST_STYLE.split(';').every((d) => d.endsWith('!important'))).toBe(true);
    expect(o.shadow.contains(o.root)).toBe(true);
    expect([...o.root.children]).toEqual([o.outlines, o.layer]);
    expect(o.outlines.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('table')!.outerHTML).toBe('<table><tbody><tr><td>Ava</td></tr></tbody></table>');
  });
});
