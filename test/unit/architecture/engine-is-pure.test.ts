/**
 * lib/engine is the pure core: every figure a user reads comes from it, so it must run the same in
 * the background, the dashboard, the CLI seams and tests. This walks everything it imports,
 * recursively, and fails on a DOM, storage, browser or clock dependency, or on any module outside
 * the engine (zod, a pure validator, is the one package allowed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, LIB, rel, resolveRelative, sourceFiles } from './imports';

const ENGINE = join(LIB, 'engine');
const ALLOWED_PACKAGES = new Set(['zod', 'zod/mini']);

/** Words that name the DOM, storage, the extension APIs or the clock, outside comments and strings. */
const FORBIDDEN: { what: string; re: RegExp }[] = [
  { what: 'the DOM', re: /\b(?:document|window|navigator|location)\s*\.|\b(?:HTMLElement|Element|Document|NodeList|DOMParser)\b/ },
  { what: 'storage', re: /\b(?:localStorage|sessionStorage|indexedDB|IDBFactory)\b/ },
  { what: 'the extension APIs', re: /\b(?:browser|chrome)\s*\.\s*(?:runtime|storage|tabs|scripting)\b/ },
  { what: 'the clock', re: /\bDate\s*\.\s*now\s*\(|\bnew\s+Date\s*\(\s*\)|\bperformance\s*\.\s*now\s*\(/ },
];

/** Code only: comments and string/template literals blanked, so prose about "new Date()" is not a hit. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Every file reachable from the engine's files by imports, and each import that leaves the engine. */
function walk(): { files: Set<string>; outside: string[] } {
  const files = new Set<string>();
  const outside: string[] = [];
  const queue = sourceFiles(ENGINE);
  while (queue.length) {
    const f = queue.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const { spec } of importsOf(f)) {
      if (!spec.startsWith('.')) {
        if (!ALLOWED_PACKAGES.has(spec)) outside.push(`${rel(f)} imports the package '${spec}'`);
        continue;
      }
      const target = resolveRelative(f, spec);
      if (!target.startsWith(ENGINE + '/')) outside.push(`${rel(f)} imports ${rel(target)}, outside lib/engine`);
      else queue.push(target);
    }
  }
  return { files, outside };
}

describe('lib/engine stays pure', () => {
  const { files, outside } = walk();

  it('imports nothing from outside lib/engine but zod', () => {
    expect(files.size).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('touches no DOM, storage, extension API or clock in anything it imports', () => {
    const hits = [...files].flatMap((f) => {
      const code = codeOf(f);
      return FORBIDDEN.filter(({ re }) => re.test(code)).map(({ what }) => `${rel(f)} uses ${what}`);
    });
    expect(hits).toEqual([]);
  });

  it('the check would catch each kind of dependency', () => {
    const samples = ['document.querySelector("x")', 'el: HTMLElement', 'localStorage.getItem', 'browser.storage.local', 'Date.now()', 'new Date()'];
    for (const s of samples) expect(FORBIDDEN.some(({ re }) => re.test(s))).toBe(true);
    // A date from an argument is not the clock.
    expect(FORBIDDEN.some(({ re }) => re.test('new Date(iso)'))).toBe(false);
  });
});
