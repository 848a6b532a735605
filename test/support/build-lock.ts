import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `build` while holding `.output/.build-lock`, so two test runs (vitest's manifest checks, the
 * e2e setup, the Firefox smoke) never write `.output` at once. A lock older than `staleAfterMs` is
 * taken as left behind by a killed run and removed.
 */
export function withBuildLock(root: string, build: () => void, staleAfterMs = 240_000): void {
  const lock = join(root, '.output', '.build-lock');
  mkdirSync(join(root, '.output'), { recursive: true });
  const deadline = Date.now() + staleAfterMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      execFileSync('sleep', ['1']);
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
