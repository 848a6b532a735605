import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from '../../support/build-lock';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const SOURCES = ['entrypoints', 'components', 'lib', 'assets', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when .output/chrome-mv3 was built after the last change to any source. */
export function extensionIsFresh(): boolean {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.every((s) => !existsSync(join(ROOT, s)) || newestMtime(join(ROOT, s)) <= built);
}

/**
 * Build the Chrome extension unless a fresh build exists. A lock directory keeps two test runs
 * from writing .output at once.
 */
export function ensureExtensionBuilt(): string {
  if (extensionIsFresh()) return EXTENSION_DIR;
  withBuildLock(
    ROOT,
    () => {
      if (!extensionIsFresh()) {
        execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
      }
    },
    180_000,
  );
  return EXTENSION_DIR;
}
