import { test, expect } from './fixtures';

/**
 * Issue 16: on the demo's Arbor-style student list the UPN and date of birth ran into each other at
 * 1366×900. Measured as a user sees it (extension loaded): the text of every cell, by
 * Range.getClientRects, lies inside its own cell and meets no other cell's text; the UPN and date of
 * birth are whole. At 1024×768 the list may scroll sideways, but still cuts and overlaps nothing.
 */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`Arbor-style student list at ${viewport.width}×${viewport.height}: UPN, date of birth and every other column are readable, no text overlapping`, async ({ context, demo }) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${demo.url}arbor/students-ui/student-list`);
    const grid = page.getByRole('grid', { name: 'Students' });
    await expect(grid).toBeVisible();

    const rows = await grid.locator('[role=row][data-student-id]').evaluateAll((rs) =>
      rs.slice(0, 60).map((row) =>
        Array.from(row.querySelectorAll('[role=gridcell]')).map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const text = Array.from(range.getClientRects())
            .filter((b) => b.width > 0.5 && b.height > 0.5)
            .map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
          const c = cell.getBoundingClientRect();
          return {
            column: cell.className,
            text: (cell.textContent ?? '').trim(),
            rects: text,
            cell: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
            cut: cell.scrollWidth > cell.clientWidth + 0.5,
          };
        }),
      ),
    );
    expect(rows.length).toBeGreaterThan(50);

    const problems: string[] = [];
    for (const cells of rows) {
      const upn = cells.find((c) => c.column.includes('col-upn'))!;
      const dob = cells.find((c) => c.column.includes('col-dob'))!;
      expect(upn.text).toMatch(/^[A-Z]\d{11}[0-9A-Z]$/);
      expect(dob.text).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      expect(upn.rects.length, `UPN ${upn.text} on one line`).toBe(1);
      expect(dob.rects.length, `date of birth ${dob.text} on one line`).toBe(1);
      for (const c of cells) {
        if (c.cut) problems.push(`${c.column} "${c.text}" is cut`);
        for (const t of c.rects) {
          if (t.left < c.cell.left - 0.5 || t.right > c.cell.right + 0.5) problems.push(`${c.column} "${c.text}" runs out of its cell`);
        }
      }
      for (let i = 0; i < cells.length; i++) {
        for (let j = i + 1; j < cells.length; j++) {
          const a = cells[i]!;
          const b = cells[j]!;
          if (a.rects.some((x) => b.rects.some((y) => intersects(x, y)))) problems.push(`${a.column} "${a.text}" overlaps ${b.column} "${b.text}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
