import { existsSync } from 'node:fs';

/**
 * The browser comes from the machine (Debian's `chromium`), never from a download step. Branded
 * Google Chrome ignores --load-extension, so CHROME_PATH must name a Chromium build.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian\'s: `sudo apt-get update && sudo apt-get install -y chromium`, ' +
        'or set CHROME_PATH to a Chromium binary (not branded Chrome: it ignores --load-extension).',
    );
  }
  return found;
}

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
