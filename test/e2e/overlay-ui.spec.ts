/**
 * The register overlay on a real Chromium, without the extension: the overlay is bundled with esbuild
 * and mounted on a modelled register page with hand-made badges. Checks by role and accessible name,
 * and measures the host table before and after.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { presentBadge } from '../../lib/overlay/badge-text';
import type { PupilBadge } from '../../lib/pupil/badge';
import { mount, openOverlayPage, timeMounts } from '../fixtures/overlay/browser';
import { geometry, overlaps } from './support/overlay-geometry';

/** Opens the dock if it shrank to its pill for want of room (the user's click keeps it open). */
async function openDock(page: Page): Promise<void> {
  // Placement settles over two frames: the dock may shrink in the second.
  await page.waitForTimeout(300);
  const show = page.getByRole('button', { name: /show the Attendance Lens summary/ });
  if (await show.count()) await show.click();
}
import { bigGridHtml, buildOverlayBundle, gridBadges, REGISTER_DATE, registerBadges, registerHtml } from '../fixtures/overlay/harness';

let browser: Browser;
let bundle: string;
const { badges, summary } = registerBadges();
const nameOf = (b: PupilBadge) => presentBadge(b, { style: 'compact' }).accessibleName;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true });
  const built = await buildOverlayBundle();
  bundle = built.code;
  console.log(`overlay bundle (mount + live, minified, with Preact): ${(built.bytes / 1000).toFixed(1)} kB`);
});
test.afterAll(async () => {
  await browser?.close();
});

const openPage = (html: string, extraCss?: string) => openOverlayPage(browser, bundle, html, extraCss);

const badgeButton = (page: Page, b: PupilBadge) => page.getByRole('button', { name: nameOf(b), exact: true });

test('each pupil has a badge named in words, beside its own row', async () => {
  const page = await openPage(registerHtml());
  // Speed is measured by `npm run bench` (overlay-badges-30-pupils), not asserted here.
  await timeMounts(page, badges, summary);

  // Pinned literally for one provisional pupil, so the name format cannot drift unnoticed.
  await expect(
    page.getByRole('button', {
      name: 'PA 88.9%?: Ben Invented, persistent absence, provisional: 88.9% attendance from 9 of 58 school days; import history or open the marks grid. Band: Kent: persistent absence.',
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^PA 90\.0% \(188\/209\) ↑ PN: Elsie Pretend, persistent absence: 90\.0% attendance \(exactly 188 of 209 sessions\), rising\./ })).toHaveText('PA 90.0% (188/209) ↑ PN');
  await expect(page.getByRole('button', { name: /^No marks: Finn Imaginary, no marks yet/ })).toHaveText('No marks');

  for (const b of badges) {
    const btn = badgeButton(page, b);
    await expect(btn, b.name).toBeVisible();
    const [bb, row] = await Promise.all([btn.boundingBox(), page.locator(`tr[data-pupil="${b.key}"]`).boundingBox()]);
    const mid = bb!.y + bb!.height / 2;
    expect(mid, `${b.name}'s badge is level with its row`).toBeGreaterThan(row!.y);
    expect(mid).toBeLessThan(row!.y + row!.height);
    // Empty page to the right of this table: the badge sits there, covering nothing of the row.
    expect(bb!.x, `${b.name}'s badge starts past the row's right edge`).toBeGreaterThanOrEqual(row!.x + row!.width);
  }
  await page.close();
});

test('with no room beside the table, each badge sits inside its own name cell', async () => {
  const page = await openPage(registerHtml());
  // Fill the space to the right of the table with page content, as a wide MIS layout would.
  await page.addStyleTag({ content: '#register { width: 100% !important; }' });
  await mount(page, badges, summary);
  for (const b of badges.slice(0, 5)) {
    const btn = badgeButton(page, b);
    await expect(btn, b.name).toBeVisible();
    const [bb, nameCell] = await Promise.all([btn.boundingBox(), page.locator(`tr[data-pupil="${b.key}"] th.name`).boundingBox()]);
    expect(bb!.x + bb!.width, `${b.name}'s badge ends inside the name cell`).toBeLessThanOrEqual(nameCell!.x + nameCell!.width);
    expect(bb!.x).toBeGreaterThanOrEqual(nameCell!.x);
  }
  await page.close();
});

test("with no room beside the table, a badge goes in an empty part of its row, never over something there", async () => {
  const page = await openPage(registerHtml());
  await page.addStyleTag({ content: '#register { width: 100% !important; } td.spare { width: 240px; }' });
  // A trailing column the page leaves empty, as many grids do; one pupil has a note in it.
  await page.evaluate(() => {
    for (const tr of Array.from(document.querySelectorAll('#register tr'))) tr.append(Object.assign(document.createElement(tr.closest('thead') ? 'th' : 'td'), { className: 'spare' }));
    document.querySelector('#register tbody tr:nth-child(2) td.spare')!.textContent = 'Letter sent home on Monday about lateness';
  });
  await mount(page, badges, summary);
  await expect(badgeButton(page, badges[0]!)).toBeVisible();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const g = await geometry(page);
  expect(g.ours.length).toBeGreaterThan(10);
  expect(overlaps(g.ours, g.text)).toEqual([]);
  expect(overlaps(g.ours, g.controls)).toEqual([]);
  await page.close();
});

test("the host table's layout, rows and tab order are unchanged", async () => {
  const page = await openPage(registerHtml());
  const measure = () =>
    page.evaluate(() => ({
      widths: Array.from(document.querySelectorAll('#register th')).map((th) => th.getBoundingClientRect().width),
      rowsHtml: document.querySelector('#register tbody')!.innerHTML,
      tableBox: JSON.stringify(document.querySelector('#register')!.getBoundingClientRect()),
      saveStyle: JSON.stringify(
        ['font-size', 'color', 'background-color', 'padding-left'].map((p) => getComputedStyle(document.querySelector('#save')!).getPropertyValue(p)),
      ),
    }));
  const tabOrder = async () => {
    await page.locator('#help-link').focus();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      ids.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    return ids;
  };
  const before = await measure();
  const orderBefore = await tabOrder();
  await mount(page, badges, summary);
  const after = await measure();
  expect(after.widths).toEqual(before.widths);
  expect(after.widths.length).toBe(36); // 6 column headers + 30 row headers
  expect(after.rowsHtml).toBe(before.rowsHtml);
  expect(after.tableBox).toBe(before.tableBox);
  expect(after.saveStyle).toBe(before.saveStyle); // our styles do not leak out
  expect(await tabOrder()).toEqual(orderBefore);

  // Opening a details panel does not move the table either.
  await badgeButton(page, badges[0]!).click();
  await expect(page.getByRole('dialog', { name: `Attendance details for ${badges[0]!.name}` })).toBeVisible();
  expect((await measure()).widths).toEqual(before.widths);
  await page.close();
});

test('the details panel opens by keyboard, shows the reasons and closes with Escape', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  const first = badges[0]!;
  // Badges come after the page in tab order: Tab from the page's last control reaches the first badge.
  await page.locator('#save').focus();
  await page.keyboard.press('Tab');
  const btn = badgeButton(page, first);
  await expect(btn).toBeFocused();
  // Focus shows the panel; Enter opens it for keyboard use and moves focus into it.
  const dialog = page.getByRole('dialog', { name: `Attendance details for ${first.name}` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeFocused();
  await expect(btn).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog).toContainText('Missed 64 of 119 possible sessions: 50% or more.');
  await expect(dialog).toContainText('Needs 14 present sessions in a row to be above 90%.');
  await expect(dialog).toContainText('Top priority: plan jointly with the LA');
  await expect(dialog).toContainText('Penalty notice threshold met');
  await expect(dialog).toContainText('28 February 2025: Phoned parent');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close details' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open in dashboard' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => window.__calls)).toEqual([`dashboard:${first.key}`]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(btn).toBeFocused();
  await expect(btn).toHaveAttribute('aria-expanded', 'false');

  // Click opens it too; the links call the handlers they were given.
  await badgeButton(page, badges[2]!).click();
  const d2 = page.getByRole('dialog', { name: `Attendance details for ${badges[2]!.name}` });
  await d2.getByRole('button', { name: 'Start a referral' }).click();
  await d2.getByRole('button', { name: 'Add an action' }).click();
  expect(await page.evaluate(() => window.__calls.slice(1))).toEqual([`referral:${badges[2]!.key}`, `action:${badges[2]!.key}`]);
  await page.keyboard.press('Escape');
  await expect(d2).toHaveCount(0);
  await page.close();
});

test('hovering a badge shows its panel, leaving hides it', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  await badgeButton(page, badges[3]!).hover();
  const dialog = page.getByRole('dialog', { name: `Attendance details for ${badges[3]!.name}` });
  await expect(dialog).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(dialog).toHaveCount(0);
  await page.close();
});

test("host page styles do not change the badge's computed style", async () => {
  const props = ['color', 'background-color', 'font-size', 'font-family', 'line-height', 'padding-left', 'height', 'border-top-width', 'text-transform', 'letter-spacing'];
  const read = (page: Page) =>
    badgeButton(page, badges[0]!).evaluate((el, props) => {
      const cs = getComputedStyle(el);
      return props.map((p) => `${p}: ${cs.getPropertyValue(p)}`);
    }, props);
  const clean = await openPage(registerHtml());
  await mount(clean, badges, summary);
  const expected = await read(clean);
  await clean.close();

  const hostile = `
    * { color: red !important; font-size: 40px !important; font-family: serif !important; line-height: 80px !important;
        letter-spacing: 3px !important; text-transform: uppercase !important; }
    button, div, span { padding: 20px !important; background: yellow !important; border: 6px solid lime !important; height: 90px !important; }
    html, body { position: relative !important; }
    attendance-lens-overlay { display: none !important; transform: scale(3) !important; }`;
  const page = await openPage(registerHtml(), hostile);
  await mount(page, badges, summary);
  await expect(badgeButton(page, badges[0]!)).toBeVisible();
  expect(await read(page)).toEqual(expected);
  expect(expected).toContain('font-size: 12px');
  await page.close();
});

test('a mark changed on the page updates its badge at once, marked unsaved', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  const live = badges[6]!;
  await expect(badgeButton(page, live)).toHaveText('Risk 90.1%');
  await page.evaluate(
    ({ base, all }) => {
      const api = window.AttendanceLensOverlay;
      let current = all;
      document.addEventListener('change', (e) => {
        const sel = e.target as HTMLSelectElement;
        const key = sel.closest('[data-pupil]')!.getAttribute('data-pupil')!;
        if (key !== base.key) return;
        const t0 = performance.now();
        const next = api.applyUnsavedMarks(base, { [sel.dataset.session!]: sel.value }, { asOf: '2025-03-10' });
        current = current.map((b) => (b.key === key ? next : b));
        // As the content script does: re-read the page, so the rows come again in a new map.
        const rows = new Map(Array.from(document.querySelectorAll('[data-pupil]')).map((el) => [el.getAttribute('data-pupil')!, el]));
        window.__handle.update(current, api.summaryFor(current, '7RB'), rows);
        ((window as unknown as { __editMs: number[] }).__editMs ??= []).push(performance.now() - t0);
      });
    },
    { base: live, all: badges },
  );
  await page.locator(`tr[data-pupil="${live.key}"] select[data-session="${REGISTER_DATE}|AM"]`).selectOption('O');
  const updated = page.getByRole('button', { name: /^PA 89\.6% unsaved: Grace Storybook, persistent absence: 89\.6% attendance\..*Includes marks not yet saved in the MIS\.$/ });
  await expect(updated).toBeVisible();
  await expect(updated).toHaveText('PA 89.6% unsaved');
  // More edits back and forth, each through the page's own change event: the median is the figure.
  const select = page.locator(`tr[data-pupil="${live.key}"] select[data-session="${REGISTER_DATE}|AM"]`);
  for (let i = 0; i < 10; i++) await select.selectOption(i % 2 ? 'O' : '/');
  await expect(updated).toBeVisible();
  const editMs = await page.evaluate(() => (window as unknown as { __editMs: number[] }).__editMs);
  // Every edit went through the page's change event to a re-rendered badge (timed in the bench).
  expect(editMs).toHaveLength(11);
  await updated.click();
  await expect(page.getByRole('dialog', { name: /Grace Storybook/ })).toContainText('Includes unsaved marks');
  await openDock(page);
  await expect(page.getByRole('region', { name: 'Attendance Lens summary: 7RB' }).getByRole('button', { name: /persistent absence/ })).toHaveText(`${summary.counts.PA + 1} PA (incl. SA)`);
  await page.close();
});

test('the summary bar counts, highlights rows with outlines, and collapses', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  await openDock(page);
  const bar = page.getByRole('region', { name: 'Attendance Lens summary: 7RB' });
  const sa = bar.getByRole('button', { name: /^\d+ SA: / });
  await expect(sa).toHaveText(`${summary.counts.SA} SA`);
  await expect(bar.getByRole('button', { name: /penalty notice/ })).toHaveText(`${summary.counts.pnThreshold} at PN threshold`);
  await expect(sa).toHaveAttribute('aria-pressed', 'false');
  await sa.click();
  await expect(sa).toHaveAttribute('aria-pressed', 'true');
  const outlines = await page.evaluate(() => {
    const root = document.querySelector('attendance-lens-overlay')!.shadowRoot!;
    return Array.from(root.querySelectorAll<HTMLElement>('.al-outline'))
      .filter((o) => o.style.display !== 'none')
      .map((o) => o.getBoundingClientRect().top + o.getBoundingClientRect().height / 2);
  });
  const saRows = await page.evaluate(
    (keys) => keys.map((k) => { const r = document.querySelector(`[data-pupil="${k}"]`)!.getBoundingClientRect(); return r.top + r.height / 2; }),
    badges.filter((b) => b.status === 'SA').map((b) => b.key),
  );
  // Outlines are drawn in document coordinates for every matching row, on screen or not.
  expect(outlines.length).toBe(saRows.length);
  for (const [i, y] of outlines.entries()) expect(Math.abs(y - saRows[i]!)).toBeLessThan(1);
  // The dock is fixed in the window's bottom-left corner, clear of the MIS's own buttons above the register.
  // Collapsing hides the counts, keeps the toggle.
  const toggle = bar.getByRole('button', { name: /hide the Attendance Lens summary/ });
  await toggle.click();
  await expect(bar.getByRole('button', { name: /show the Attendance Lens summary/ })).toHaveAttribute('aria-expanded', 'false');
  // The pill covers no row of the register.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const g = await geometry(page);
  expect(overlaps(g.dock, g.rows)).toEqual([]);
  await expect(sa).toHaveCount(0);
  await page.close();
});

test('the first-run hint points to import and the marks grid, and is dismissed', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  await openDock(page);
  const hint = page.getByRole('region', { name: 'Attendance Lens: history is incomplete' });
  await expect(hint).toContainText(`History is incomplete for ${summary.provisional} of 30 pupils`);
  await hint.getByRole('button', { name: 'Import history' }).click();
  await hint.getByRole('button', { name: 'Dismiss' }).click();
  await expect(hint).toHaveCount(0);
  expect(await page.evaluate(() => window.__calls)).toEqual(['import', 'dismiss-hint']);
  await page.close();
});

test('a dialog the page opens over the register hides the badges and the summary', async () => {
  const page = await openPage(registerHtml());
  await mount(page, badges, summary);
  const first = badgeButton(page, badges[0]!);
  await expect(first).toBeVisible();
  await page.evaluate(() => {
    const d = document.createElement('dialog');
    d.innerHTML = '<p>Save changes?</p><button id="ok">OK</button>';
    d.style.cssText = 'width: 90vw; height: 90vh';
    document.body.append(d);
    d.showModal();
  });
  // The page changed: the content script's DOM watcher re-reads and calls update().
  await page.evaluate(() => window.__handle.update((window as unknown as { __data: { b: PupilBadge[] } }).__data.b, window.AttendanceLensOverlay.summaryFor((window as unknown as { __data: { b: PupilBadge[] } }).__data.b, '7RB')));
  // A modal dialog makes our host inert too, so roles alone would prove nothing: check what is drawn.
  const drawn = () =>
    page.evaluate(() => {
      const root = document.querySelector('attendance-lens-overlay')!.shadowRoot!;
      const shown = (el: Element) => getComputedStyle(el).visibility === 'visible';
      return { badges: Array.from(root.querySelectorAll('.al-slot')).filter(shown).length, dock: shown(root.querySelector('.al-dock')!) };
    });
  await expect.poll(drawn).toEqual({ badges: 0, dock: false });
  await page.evaluate(() => document.querySelector('dialog')!.close());
  await page.evaluate(() => window.__handle.relayout());
  await expect.poll(drawn).toEqual({ badges: 30, dock: true });
  await expect(first).toBeVisible();
  await page.close();
});

test('destroy, or the content script invalidation signal, removes everything', async () => {
  const page = await openPage(registerHtml());
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await mount(page, badges, summary);
  await expect(page.getByRole('button', { name: /: Ava Fictional, / })).toBeVisible();
  await page.evaluate(() => window.__handle.destroy());
  await expect(page.locator('attendance-lens-overlay')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /: Ava Fictional, / })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

  await mount(page, badges, summary);
  await expect(page.getByRole('button', { name: /: Ava Fictional, / })).toBeVisible();
  await page.evaluate(() => window.__abort.abort());
  await expect(page.locator('attendance-lens-overlay')).toHaveCount(0);
  // Scrolling after removal must not bring anything back or throw.
  await page.mouse.wheel(0, 400);
  await expect(page.locator('attendance-lens-overlay')).toHaveCount(0);
  await page.close();
});

test('a 2,000-row grid: badges only for visible rows, following inner scrolling', async () => {
  const n = 2000;
  const grid = gridBadges(n);
  const page = await openPage(bigGridHtml(n));
  await timeMounts(page, grid.badges, grid.summary, 1);

  const slots = () =>
    page.evaluate(() => {
      const root = document.querySelector('attendance-lens-overlay')!.shadowRoot!;
      return Array.from(root.querySelectorAll('.al-slot')).filter((s) => !s.hasAttribute('data-hidden')).length;
    });
  const shown = await slots();
  expect(shown).toBeGreaterThan(10);
  expect(shown).toBeLessThan(40); // a 600 px scroller shows about 25 rows

  const b0 = grid.badges[0]!;
  const b1000 = grid.badges[1000]!;
  await expect(badgeButton(page, b0)).toBeVisible();
  await expect(badgeButton(page, b1000)).toHaveCount(0);
  await page.locator('#scroller').evaluate((el) => {
    const row = el.querySelector('[data-pupil="g1000"]') as HTMLElement;
    el.scrollTop = row.offsetTop - 200;
  });
  // Placement settles over two frames after an inner scroll (hit tests run in frame).
  await page.waitForTimeout(500);
  await expect(badgeButton(page, b1000)).toBeVisible();
  await expect(badgeButton(page, b0)).toHaveCount(0);
  const [bb, row] = await Promise.all([badgeButton(page, b1000).boundingBox(), page.locator('[data-pupil="g1000"]').boundingBox()]);
  expect(Math.abs(bb!.y + bb!.height / 2 - (row!.y + row!.height / 2))).toBeLessThan(1.5);
  // Rows scrolled out of the scroller but still inside the window have no visible badge.
  await page.locator('#scroller').evaluate((el) => (el.scrollTop = 0));
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(badgeButton(page, b0)).toBeVisible();
  // A badge rendered again after scrolling back is placed beside its row, not left where it was created.
  await expect
    .poll(async () => {
      const [b, r] = await Promise.all([badgeButton(page, b0).boundingBox(), page.locator('[data-pupil="g0"]').boundingBox()]);
      return Math.abs(b!.y + b!.height / 2 - (r!.y + r!.height / 2)) < 1.5 && b!.x > r!.x;
    })
    .toBe(true);
  expect(await slots()).toBeLessThan(40);
  await page.close();
});
