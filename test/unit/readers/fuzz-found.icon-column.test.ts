/**
 * A case the 10,000-run fuzz found (seed 20261204): on Arbor's marks grid, a sub-header "PM" that loses
 * its role shifts the session headers one column, so Monday's AM column is left with no session and its
 * ticks (drawn as icons labelled "Present AM") went unreported while Monday's PM ticks were read as AM.
 * A column of icon ticks under no session must be reported, so the page is not read as complete.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from './corpus';

const PAGE = join(__dirname, '../../fixtures/mis/demo-arbor/marks-grid.html');
const URL_ = new URL('http://localhost:5173/arbor/attendance-ui/marks-grid/group/7RB/week/2026-11-16');

describe('a column of icon ticks under no session header', () => {
  it('the intact page reads complete (the control)', () => {
    expect(readHtml(readFileSync(PAGE, 'utf8'), URL_)?.view.complete).toBe(true);
  });

  it('is a problem: the page with one sub-header role removed is not complete', () => {
    const html = readFileSync(PAGE, 'utf8').replace('<span role="columnheader" class="sess">PM</span>', '<span class="sess">PM</span>');
    const read = readHtml(html, URL_);
    expect(read).toBeDefined();
    expect(read!.view.complete).toBe(false);
    expect(read!.view.problems.map((p) => p.what).join(' ')).toMatch(/holds \d+ marks but its header is not a session/);
  });
});
