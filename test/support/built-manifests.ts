import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withBuildLock } from './build-lock';

/** The manifests WXT builds for Chromium and Firefox, built first when missing or older than the sources. */
const ROOT = join(__dirname, '..', '..');
const SOURCES = ['entrypoints', 'components', 'lib', 'assets', 'wxt.config.ts', 'package.json'];

const newest = (p: string): number => {
  const st = statSync(p);
  return st.isDirectory() ? Math.max(st.mtimeMs, ...readdirSync(p).map((n) => newest(join(p, n)))) : st.mtimeMs;
};

/** The unpacked build's directory, built first when missing or stale. */
export function builtExtension(browser: 'chrome' | 'firefox'): string {
  builtManifest(browser);
  return join(ROOT, '.output', `${browser}-mv3`);
}

export function builtManifest(browser: 'chrome' | 'firefox'): Record<string, any> {
  const file = join(ROOT, '.output', `${browser}-mv3`, 'manifest.json');
  const fresh = () => existsSync(file) && SOURCES.every((s) => !existsSync(join(ROOT, s)) || newest(join(ROOT, s)) <= statSync(file).mtimeMs);
  if (!fresh()) {
    // The same lock as the e2e build, so two runs never write .output at once.
    withBuildLock(ROOT, () => {
      if (!fresh()) execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', browser], { cwd: ROOT, stdio: 'ignore' });
    });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
