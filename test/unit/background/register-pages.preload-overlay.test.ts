import { describe, expect, it } from 'vitest';
import { RegisterPages } from '../../../lib/background/register-pages';
import { pageSettingsFor } from '../../../lib/background/page-settings';
import { DEFAULT_OVERLAY_PREFS } from '../../../lib/settings/overlay-prefs';

/** page-settings' registerBefore: the page drew badges when last read, so its script loads the overlay early. */
describe('pages whose last read drew badges', () => {
  const base = { prefs: DEFAULT_OVERLAY_PREFS, readerSwitches: {}, taught: [] };
  const REGISTER = 'https://mis.example/Attendance/TakeRegister.aspx?TutorGroup=7RB&Session=AM';

  it('are known by origin and path, whatever the query', () => {
    const pages = new RegisterPages();
    expect(pages.has(REGISTER)).toBe(false);
    pages.remember(REGISTER, true);
    expect(pages.has('https://mis.example/Attendance/TakeRegister.aspx?TutorGroup=8XY&Session=PM')).toBe(true);
    expect(pages.has('https://mis.example/Attendance/Other.aspx')).toBe(false);
    expect(pages.has('https://other.example/Attendance/TakeRegister.aspx')).toBe(false);
    expect(pages.has('not a url')).toBe(false);
  });

  it('are forgotten when a later read of the page drew nothing', () => {
    const pages = new RegisterPages();
    pages.remember(REGISTER, true);
    pages.remember(REGISTER, false);
    expect(pages.has(REGISTER)).toBe(false);
  });

  it('are a bounded few: the page read longest ago is dropped first', () => {
    const pages = new RegisterPages(2);
    pages.remember('https://mis.example/a', true);
    pages.remember('https://mis.example/b', true);
    pages.remember('https://mis.example/a', true); // read again: newest now
    pages.remember('https://mis.example/c', true);
    expect(['a', 'b', 'c'].map((p) => pages.has(`https://mis.example/${p}`))).toEqual([true, false, true]);
  });

  it('page-settings says so for such a page on an MIS site, never on a form site', () => {
    expect(pageSettingsFor(REGISTER, base, 'mis', true).registerBefore).toBe(true);
    expect(pageSettingsFor(REGISTER, base, 'mis').registerBefore).toBe(false);
    expect(pageSettingsFor(REGISTER, base, 'form', true).registerBefore).toBe(false);
  });
});
