/**
 * The imports between lib/ folders are the ones ARCHITECTURE.md allows: its "May import" lists are
 * read here, so the document and the code cannot drift apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, LIB, libFolderOf, rel, resolveRelative, ROOT, sourceFiles } from './imports';

const ROOT_TOKEN = 'root';

/** Folder → the folders it may import, from ARCHITECTURE.md's "Folders" list. */
function allowedFromDoc(): Map<string, Set<string>> {
  const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const rules = new Map<string, Set<string>>();
  for (const line of doc.split('\n')) {
    const m = /^- `lib\/(?:([a-z-]+)\/|\*\.ts)`.*May import: (.*)$/.exec(line);
    if (!m) continue;
    const folder = m[1] ?? ROOT_TOKEN;
    const list = m[2]!.trim() === 'nothing.' ? [] : [...m[2]!.matchAll(/`([a-z-]+)`/g)].map((x) => x[1]!);
    rules.set(folder, new Set(list));
  }
  return rules;
}

const folderToken = (file: string) => {
  const f = libFolderOf(file);
  return f === '(lib root)' ? ROOT_TOKEN : f;
};

describe('imports between lib folders follow ARCHITECTURE.md', () => {
  const rules = allowedFromDoc();

  it('the document states a rule for every folder in lib', () => {
    const folders = readdirSync(LIB).filter((n) => statSync(join(LIB, n)).isDirectory());
    expect(folders.filter((f) => !rules.has(f))).toEqual([]);
    expect(rules.get('engine')).toEqual(new Set());
  });

  it('no file imports a lib folder its own folder may not', () => {
    const broken: string[] = [];
    for (const file of sourceFiles(LIB)) {
      const from = folderToken(file);
      const allowed = rules.get(from) ?? new Set<string>();
      for (const { spec } of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolveRelative(file, spec);
        if (!target.startsWith(LIB + '/')) {
          // Outside lib: only the overlay and the forms page's panel host draw with their components.
          const draws =
            (from === 'overlay' && target.startsWith(join(ROOT, 'components', 'overlay'))) ||
            (rel(file) === 'lib/content/prefill-host.ts' && target.startsWith(join(ROOT, 'components', 'prefill')));
          if (!draws) broken.push(`${rel(file)} → ${rel(target)} (outside lib)`);
          continue;
        }
        const to = folderToken(target);
        if (to !== from && !allowed.has(to)) broken.push(`${rel(file)} → ${rel(target)} (${from} may not import ${to})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the rules mean something: the dashboard may not import the background, nor the background the overlay', () => {
    expect(rules.get('dashboard')?.has('background')).toBe(false);
    expect(rules.get('background')?.has('overlay')).toBe(false);
  });
});
