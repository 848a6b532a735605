/**
 * Reading a big register in the browser: a 2,000-pupil × 10-session Manage Attendance grid
 * (Bromcom-style, modelled: a code box per session) read by the Bromcom reader, bundled with esbuild
 * as the content script would carry it, in headless Chromium. Baseline, in the same page: a bare
 * `querySelectorAll` walk over the same rows and cells reading each name's text and each box's value.
 * Target (issue 5): read ≤ 3 × the bare walk. Absolute milliseconds are printed as indicative.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { median, ratioResult, type BenchSuite } from '../types';

const ROWS = 2000;
const DAYS = ['Mon 08/09', 'Tue 09/09', 'Wed 10/09', 'Thu 11/09', 'Fri 12/09'];
const CODES = ['/', '\\', 'N', 'I', 'L', 'M', '/', '\\', '/', '\\'];
const URL_OF_PAGE = 'https://cloudmis.bromcom.com/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx';
const RUNS = 15;
const FORENAMES = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Ivy', 'Theo'];
const SURNAMES = ['Example', 'Sample', 'Specimen', 'Placeholder', 'Testcase', 'Mockup', 'Dummy', 'Proxy', 'Stand-In', 'Model'];

/** The grid page, in the modelled Bromcom layout of test/fixtures/mis/bromcom/marks-grid.html. */
export function gridPage(rows = ROWS): string {
  const head1 = DAYS.map((d) => `<th colspan="2">${d}</th>`).join('');
  const head2 = '<th>AM</th><th>PM</th>'.repeat(DAYS.length);
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cells = CODES.map((_, k) => {
      const code = CODES[(i + k) % CODES.length]!;
      const value = k % 2 === 0 && code === '\\' ? '/' : k % 2 === 1 && code === '/' ? '\\' : code;
      return `<td><input type="text" class="att-cell" maxlength="3" value="${value.replace('"', '&quot;')}"></td>`;
    }).join('');
    body.push(`<tr data-studentid="${100000 + i}"><td>${FORENAMES[i % 10]} ${SURNAMES[Math.floor(i / 10) % 10]}</td><td>${String(i).padStart(6, '0')}</td>${cells}</tr>`);
  }
  return `<!doctype html><html><head><title>Manage Attendance</title></head><body>
<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="bench"><main>
<h1>Select Student Attendance</h1><div class="filters">Tutor Group: <span>ALL</span> Week: <span>08/09/2025</span></div>
<table class="att-grid"><thead><tr><th rowspan="2">Name</th><th rowspan="2">Adm No</th>${head1}</tr><tr>${head2}</tr></thead>
<tbody>${body.join('\n')}</tbody></table></main></form></body></html>`;
}

async function bundleReader(): Promise<string> {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'bench-readers-'));
  try {
    const out = await build({
      stdin: {
        // The reader and its table reads (the content script loads those as the grid part on such a page).
        contents: `import { bromcom } from './lib/readers/mis/bromcom';
          import './lib/readers/parts-now';
          globalThis.__benchRead = () => bromcom.read(document, new URL(location.href));
          globalThis.__benchProblems = () => bromcom.read(document, new URL(location.href)).view.problems.slice(0, 3);`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'chrome120',
      write: false,
    });
    return out.outputFiles[0]!.text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in the page: checks the read, warms up, then times reader and bare walk alternately. */
const IN_PAGE = `(() => {
  const bare = () => {
    // The least any reader must do: visit every row and cell and read its text or value.
    let n = 0;
    for (const row of Array.from(document.querySelectorAll('table tbody tr'))) {
      const cells = row.querySelectorAll('td');
      n += (cells[0] ? cells[0].textContent : '').length;
      for (const input of Array.from(row.querySelectorAll('input'))) n += input.value.length;
    }
    return n;
  };
  const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const check = globalThis.__benchRead().view;
  if (!check.complete || check.pupils.length !== 2000 || check.marks.length !== 20000) {
    throw new Error('bench page read wrongly: ' + JSON.stringify(globalThis.__benchProblems()) + ' complete=' + check.complete + ' pupils=' + check.pupils.length + ' marks=' + check.marks.length);
  }
  for (let i = 0; i < 2; i++) { bare(); globalThis.__benchRead(); }
  const reader = [];
  const baseline = [];
  for (let i = 0; i < RUNS; i++) { baseline.push(time(bare)); reader.push(time(() => globalThis.__benchRead())); }
  return { reader, baseline };
})()`;

export const suite: BenchSuite = {
  names: ['readers-grid-2000x10'],
  async run() {
    const script = await bundleReader();
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true });
    try {
      const page = await browser.newPage();
      const html = gridPage();
      await page.route(URL_OF_PAGE, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
      await page.goto(URL_OF_PAGE);
      await page.addScriptTag({ content: script });
      // A string, not a function: tsx would wrap a function's source in helpers the page does not have.
      const timings = (await page.evaluate(IN_PAGE.replace('RUNS', String(RUNS)))) as { reader: number[]; baseline: number[] };
      const value = median(timings.reader);
      const baseline = median(timings.baseline);
      return {
        results: [ratioResult('readers-grid-2000x10', value, baseline, 'ms', 3)],
        indicative: [
          { name: 'readers-grid-2000x10 read (Chromium)', value, unit: 'ms' },
          { name: 'readers-grid-2000x10 bare querySelectorAll walk', value: baseline, unit: 'ms' },
          { name: 'readers bundle (Bromcom reader + shared code, minified)', value: Math.round(script.length / 100) / 10, unit: 'kB' },
        ],
      };
    } finally {
      await browser.close();
    }
  },
};
