import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../lib/overlay/contrast';

/**
 * The dashboard's text stays at WCAG AA for normal text (4.5:1) on whatever it sits on. A rule that
 * sets both a background and a text colour is checked as a pair. A rule that sets only one inherits
 * the other, and the stylesheet does not say from where, so it is checked against every one it could
 * meet: a text colour set alone (`.muted`, `.hint`, `.cell-no-mark`, links) on every background set
 * alone (`.flash`, `.notice`, `.card`, the page), and the other way round. Colours given as variables
 * are resolved from base.css.
 */
const root = join(__dirname, '..', '..', '..');
const base = readFileSync(join(root, 'assets', 'base.css'), 'utf8');
const css = readFileSync(join(root, 'components', 'dashboard', 'dashboard.css'), 'utf8');
const vars = Object.fromEntries([...base.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
const colour = (v: string): string => {
  const c = v.startsWith('var(') ? vars[v.slice(6, -1)] : v === '#fff' ? '#ffffff' : v;
  if (!c || !/^#[0-9a-f]{6}$/i.test(c)) throw new Error(`cannot resolve the colour ${v}`);
  return c;
};

interface Rule {
  selector: string;
  bg?: string;
  fg?: string;
}
const rules = (text: string): Rule[] =>
  [...text.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => {
    const bg = /background:\s*([^;]+);/.exec(body!)?.[1]?.trim();
    const fg = /(?:^|[;\s])color:\s*([^;]+);/.exec(body!)?.[1]?.trim();
    return {
      selector: selector!.replace(/\/\*[\s\S]*?\*\//g, '').trim(),
      bg: bg && !bg.includes('none') ? colour(bg) : undefined,
      fg: fg && fg !== 'currentColor' && fg !== 'inherit' ? colour(fg) : undefined,
    };
  });

const dashboard = rules(css);
const pairs = dashboard.filter((r) => r.bg && r.fg);
// What a lone colour may meet: the page and its cards (base.css), and every lone colour of the other kind.
const page: Rule[] = [
  { selector: 'the page', bg: colour('var(--bg)'), fg: colour('var(--fg)') },
  { selector: '.card', bg: colour('var(--card)') },
];
const loneBackgrounds = [...page, ...dashboard].filter((r) => r.bg && !(r.fg && dashboard.includes(r)));
const loneTexts = [...page, ...dashboard].filter((r) => r.fg && !(r.bg && dashboard.includes(r)));
const crossed = loneTexts.flatMap((t) => loneBackgrounds.map((b) => [`${t.selector} on ${b.selector}`, t.fg!, b.bg!] as const));

describe('dashboard colours', () => {
  it('finds the tinted pairs and the lone colours the review named', () => {
    expect(pairs.map((p) => p.selector)).toEqual(expect.arrayContaining(['.tone-severe', '.tone-warn', '.tone-good', '.cell-absent']));
    expect(loneTexts.map((r) => r.selector)).toEqual(expect.arrayContaining(['.muted', '.hint', '.cell-no-mark', 'a', '.field-error']));
    expect(loneBackgrounds.map((r) => r.selector)).toEqual(expect.arrayContaining(['.flash', '.notice', '.card', 'the page']));
  });

  it.each(pairs.map((p) => [p.selector, p] as const))('%s meets 4.5:1', (_, p) => {
    expect(contrastRatio(p.fg!, p.bg!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(crossed)('%s meets 4.5:1', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
