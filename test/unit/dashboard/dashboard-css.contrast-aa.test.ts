import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../lib/overlay/contrast';

/**
 * Every rule in the dashboard's stylesheet that sets both a background and a text colour keeps them
 * at WCAG AA for normal text (4.5:1). Colours given as variables are resolved from base.css.
 */
const root = join(__dirname, '..', '..', '..');
const base = readFileSync(join(root, 'assets', 'base.css'), 'utf8');
const css = readFileSync(join(root, 'components', 'dashboard', 'dashboard.css'), 'utf8');
const vars = Object.fromEntries([...base.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
const colour = (v: string) => (v.startsWith('var(') ? vars[v.slice(6, -1)] : v === '#fff' ? '#ffffff' : v);

describe('dashboard colours', () => {
  const pairs = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selector, body]) => {
    const bg = /background:\s*([^;]+);/.exec(body!)?.[1]?.trim();
    const fg = /(?:^|[;\s])color:\s*([^;]+);/.exec(body!)?.[1]?.trim();
    return bg && fg && fg !== 'currentColor' && !bg.includes('none') ? [{ selector: selector!.trim(), bg: colour(bg)!, fg: colour(fg)! }] : [];
  });

  it('finds the tinted rules (status tones, grid cells)', () => {
    expect(pairs.map((p) => p.selector)).toEqual(expect.arrayContaining(['.tone-severe', '.tone-warn', '.tone-good', '.cell-absent']));
  });

  it.each(pairs.map((p) => [p.selector, p] as const))('%s meets 4.5:1', (_, p) => {
    expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(4.5);
  });
});
