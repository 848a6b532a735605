import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchool } from '../../lib/demo/school';
import { startDemoServer } from '../../scripts/demo-server';
import { todayLocal } from '../../lib/clock';
import { builtExtension } from '../support/built-manifests';

/**
 * Smoke test in a real Firefox: Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi,
 * with the unpacked Firefox build installed. It reads a demo register, draws the badges, and opens the
 * dashboard from a badge; then the lock's round trip (Firefox's WebCrypto and IndexedDB: names sealed at rest,
 * badges without names, a wrong passphrase refused, unlock brings names back). (WebDriver BiDi may not navigate a tab to a moz-extension:// page, so the
 * dashboard is opened the way a user opens it: from the badge's details.)
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const AS_OF = todayLocal();
const school = generateSchool({ seed: 1, asOf: AS_OF });
const GROUP = '7RB';
const DAY = [...new Set(school.pupils.flatMap((p) => p.marks.map((m) => m.date)))].filter((d) => d <= AS_OF).sort().at(-1)!;
const inGroup = school.pupils.filter((p) => p.regGroup === GROUP && p.admissionDate <= DAY && (!p.leavingDate || p.leavingDate >= DAY));
/** The Bromcom-style pages show the demo's other school, the primary; its class 2OS. */
const primary = generateSchool({ seed: 1, asOf: AS_OF, kind: 'primary' });
const BROMCOM_GROUP = '2OS';
const inBromcomGroup = primary.pupils.filter((p) => p.regGroup === BROMCOM_GROUP && p.admissionDate <= DAY && (!p.leavingDate || p.leavingDate >= DAY));

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let profile: string;
/** The dashboard tab the badge opened (an extension page: it can message the background and read IndexedDB). */
let dashboard: Page | undefined;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH`);
  const extension = builtExtension('firefox');
  server = await startDemoServer({ port: 0, seed: 1, asOf: AS_OF });
  profile = mkdtempSync(join(tmpdir(), 'attendance-lens-firefox-'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
  await browser.installExtension(extension);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Accessible names of the overlay's badge buttons (in its shadow root). */
const badgeNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('attendance-lens-overlay')].flatMap((o) => [...(o.shadowRoot?.querySelectorAll('button[aria-label]') ?? [])].map((b) => b.getAttribute('aria-label')!)),
  );

async function poll<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 250));
    v = await read();
  }
  return v;
}

describe('Attendance Lens in Firefox ESR', () => {
  it('reads a demo register (Arbor style) and shows a badge beside every pupil, named as the page names them', async () => {
    expect(await browser.version()).toMatch(/firefox/i);
    const page = await browser.newPage();
    await page.goto(`${server.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
    const names = await poll('badges', () => badgeNames(page), (n) => n.length >= inGroup.length);
    // A badge's name begins with the words it shows, then the pupil as the page names them.
    for (const p of inGroup) expect(names.some((n) => n.includes(`: ${p.preferredForename} ${p.legalSurname}`) || n.includes(`: ${p.legalSurname}, ${p.preferredForename}`))).toBe(true);
    await page.close();
  });

  it('reads the Bromcom-style register too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=${BROMCOM_GROUP}&Date=${DAY.split('-').reverse().join('/')}&Session=PM`);
    const names = await poll('badges', () => badgeNames(page), (n) => n.length >= inBromcomGroup.length);
    expect(names.every((n) => /: /.test(n))).toBe(true);
    await page.close();
  });

  it('opens the dashboard from a badge: the pupil page shows the pupil, and the demo origins were granted at install', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
    const pupil = inGroup[0]!;
    const label = (await poll('badges', () => badgeNames(page), (n) => n.length >= inGroup.length)).find((n) => n.includes(pupil.legalSurname))!;
    await page.evaluate((l) => {
      const root = document.querySelector('attendance-lens-overlay')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(l)}"]`)!.click();
    }, label);
    const before = new Set(await browser.pages());
    await poll(
      'the "Open in dashboard" button',
      () => page.evaluate(() => [...document.querySelector('attendance-lens-overlay')!.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Open in dashboard' && !b.disabled)),
      (v) => v,
    );
    await page.evaluate(() => {
      [...document.querySelector('attendance-lens-overlay')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Open in dashboard')!.click();
    });
    const dash = await poll('a new tab', async () => (await browser.pages()).filter((p) => !before.has(p)), (v) => v.length > 0).then((v) => v[0]!);
    const state = await poll(
      'the dashboard',
      () => dash.evaluate(() => ({ href: location.href, h1: document.querySelector('h1')?.textContent ?? '' })).catch(() => ({ href: '', h1: '' })),
      (s) => s.href.startsWith('moz-extension://') && s.h1.includes(pupil.legalSurname),
    );
    expect(state.href).toMatch(/^moz-extension:\/\/[^/]+\/dashboard\.html#\/pupil\//);
    const granted = await dash.evaluate(async () => (globalThis as any).browser.permissions.getAll());
    expect([...granted.origins].sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    dashboard = dash;
  });

  it('the lock round trip works in Firefox: WebCrypto seals names in IndexedDB, the register keeps its figures, unlock brings names back', async () => {
    const dash = dashboard!;
    const pupil = inGroup[0]!;
    const ask = (type: string, payload: object) => dash.evaluate((t, p) => (globalThis as any).browser.runtime.sendMessage({ type: t, payload: p }), type, payload) as Promise<any>;
    // The pupils' rows as IndexedDB holds them (what a copied profile would show).
    const raw = () =>
      dash.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('attendance-lens');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('pupils').objectStore('pupils').getAll();
              get.onsuccess = () => resolve(JSON.stringify(get.result));
            };
          }),
      );
    expect(await raw()).toContain(pupil.legalSurname);
    // PBKDF2-SHA-256 (600,000 iterations) and the key pair, in Firefox's WebCrypto.
    expect(await ask('lock-set', { passphrase: 'kettle on the staffroom shelf', idleMinutes: 15 })).toMatchObject({ state: 'unlocked' });
    expect(await ask('lock-now', {})).toMatchObject({ state: 'locked' });
    const sealed = await raw();
    expect(sealed).not.toContain(pupil.legalSurname);
    expect(sealed).not.toContain(pupil.upn);
    expect(sealed).not.toContain(pupil.dob);

    // The register, read while locked: figures, no names.
    const page = await browser.newPage();
    await page.goto(`${server.url}arbor/attendance-ui/register/group/${GROUP}/date/${DAY}/session/AM`);
    const locked = await poll('badges without names', () => badgeNames(page), (n) => n.filter((x) => /names locked/.test(x)).length >= 1);
    expect(locked.join(' ')).not.toContain(pupil.legalSurname);

    // A wrong passphrase changes nothing; the right one unlocks, and the names are back at rest and on the page.
    expect(await ask('lock-unlock', { passphrase: 'not the passphrase at all' })).toMatchObject({ state: 'locked', message: expect.stringContaining('not right') });
    expect(await ask('lock-unlock', { passphrase: 'kettle on the staffroom shelf' })).toMatchObject({ state: 'unlocked' });
    expect(await raw()).toContain(pupil.legalSurname);
    await page.reload();
    await poll('named badges again', () => badgeNames(page), (n) => n.some((x) => x.includes(pupil.legalSurname)));
    await page.close();
  });
});
