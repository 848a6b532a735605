import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mayHoldRegister } from '../../../lib/readers/generic/gate';
import { genericReader } from '../../../lib/readers/generic/index';
import { htmlFiles, loadPage, URL_ANY } from './generic-helpers';

// The content script loads the generic reader only where the gate says a register may be: every page
// the generic reader can read must pass it, or those pages would silently go unread.
const readable = [...htmlFiles('generic'), ...htmlFiles('generic-blind')].map((f) => [basename(f), f] as const);

describe('mayHoldRegister (when the generic reader is loaded)', () => {
  it.each(readable)('%s passes the gate', (_name, file) => {
    const doc = loadPage(file);
    expect(mayHoldRegister(doc)).toBe(true);
    // …and it is a page the generic reader claims, so the gate is tested on pages that matter.
    expect(genericReader.detect(doc, URL_ANY)).toBeGreaterThan(0);
  });

  it('lets pages with nothing to read go without loading it, labelled icons and search boxes included', () => {
    const { document } = parseHTML(`<html><body>
      <nav aria-label="Main menu"><a href="/" title="Home">Home</a><button aria-label="Notifications" title="Notifications">🔔</button></nav>
      <input type="search" aria-label="Search students, staff, guardians">
      <h1>School news</h1><p title="Posted today">Sports day is on <b>Friday</b>.</p><img src="x.png" alt="" title="Logo">
    </body></html>`);
    expect(mayHoldRegister(document as unknown as Document)).toBe(false);
  });

  it('sees a labelled mark control outside any table', () => {
    const { document } = parseHTML('<html><body><div><span>Ada Example</span><div role="button" aria-label="Attendance mark">/</div></div></body></html>');
    expect(mayHoldRegister(document as unknown as Document)).toBe(true);
  });

  it('sees pupil cards whose marks are loose radio buttons', () => {
    const { document } = parseHTML('<html><body><div><span>Ada Example</span><input type="radio" name="ada-am" value="/"></div></body></html>');
    expect(mayHoldRegister(document as unknown as Document)).toBe(true);
  });
});
