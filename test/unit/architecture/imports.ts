/**
 * The import graph of lib/, read from the source text (static `import … from`, `export … from`,
 * `import('…')`), for the architecture guards.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const LIB = join(ROOT, 'lib');

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const SPEC = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every module specifier a file names, with whether it is a type-only import. */
export function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    out.push({ spec, typeOnly: /^\s*(?:import|export)\s+type\s/.test(m[0].trimStart()) });
  }
  return out;
}

/** A relative specifier resolved to a file (`.ts`, `.tsx`, or a folder's index). */
export function resolveRelative(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next
    }
  }
  return base;
}

/** `lib/engine/x.ts` → `engine`; a file directly in lib → `(lib root)`. */
export function libFolderOf(file: string): string {
  const rel = relative(LIB, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0]! : '(lib root)';
}

export const rel = (file: string) => relative(ROOT, file);
