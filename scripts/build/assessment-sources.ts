/**
 * A hash of every source file a cached assessment depends on, injected into the build (Vite `define`, in
 * wxt.config.ts and vitest.config.ts) as `__ASSESSMENT_SOURCES__`. The assessment cache keys each value by
 * it, so a build whose engine, badge or store-to-engine code differs in any byte never uses a value cached
 * by another build: nobody has to remember to bump a version (issue 11).
 *
 * The files are found by following relative imports (static, dynamic, re-exports, type-only too) from the
 * code that computes a cached value and the code that feeds it its inputs. Over-inclusion only costs a
 * cache refill after an update; under-inclusion would risk a stale value, so every import is followed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Where a cached assessment is computed (assess), where its inputs are read and adapted (load, load-store), and
 * where the pupil list's cached rows are worked out and read (list-cache, which reaches list-pupil).
 */
export const ASSESSMENT_ENTRIES = ['lib/pupil/assess.ts', 'lib/pupil/load.ts', 'lib/dashboard/load-store.ts', 'lib/dashboard/list-cache.ts'];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(fromFile: string, spec: string): string | null {
  const base = resolve(dirname(fromFile), spec);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  // A ".js" specifier naming a TypeScript file (ESM style).
  const noJs = base.replace(/\.js$/, '');
  for (const p of [`${noJs}.ts`, `${noJs}.tsx`]) if (existsSync(p)) return p;
  return null;
}

/** Every file reachable by relative imports from the entries, as paths relative to root, sorted. */
export function assessmentSourceFiles(root: string, entries: readonly string[] = ASSESSMENT_ENTRIES): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => resolve(root, e));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`assessment sources: ${relative(root, file)} does not exist`);
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, m[1]!);
      if (!target) throw new Error(`assessment sources: cannot resolve ${m[1]} from ${relative(root, file)}`);
      stack.push(target);
    }
  }
  return [...seen].map((f) => relative(root, f).split('\\').join('/')).sort();
}

/** SHA-256 over each file's path and bytes, shortened: the same sources give the same hash on any machine. */
export function assessmentSourcesHash(root: string, entries: readonly string[] = ASSESSMENT_ENTRIES): string {
  const h = createHash('sha256');
  for (const f of assessmentSourceFiles(root, entries)) {
    h.update(f).update('\0').update(readFileSync(join(root, f))).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}
