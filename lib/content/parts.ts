/**
 * The MIS content script runs on every page of a granted MIS, so it holds only what every page needs:
 * the MIS readers' page signatures and the session that sends reads to the background. The rest loads on demand, in
 * the same isolated world, injected by the background (`load-part`, scripting.executeScript of one of
 * the extension's own files — no remote code, nothing web-accessible):
 * - `overlay`: Preact and the badges, once a page has been read as a register and flags are on;
 * - `generic`: the generic reader and "Teach this page", on pages no MIS reader knows that hold a
 *   table or mark controls, or that the user taught;
 * - `grid`: the MIS readers' table and card reads (take register, marks grid, pupil list), once a
 *   reader finds such a page (`Reader.needsPart`; read again once it is in) — or at once, injected by
 *   the background with the overlay, on a page that drew badges before;
 * - `history`: the MIS readers' pupil-history page kind, once a reader finds a pupil's history page
 *   (`Reader.needsPart`; read again once it is in).
 * A part announces itself with `providePart` when its script runs; `partLoader` waits for that.
 */
import type { applyUnsavedMarks } from '../overlay/live';
import type { summaryFor } from '../pupil/page-summary';
import type { mountOverlay } from '../overlay/mount';
import type { Reader } from '../readers/types';
import type { readTaught } from '../readers/generic/taught';
import { PARTS_KEY, type GridPart, type HistoryPart } from '../readers/reader-parts';
import type { startTeach } from './teach/teach-mode';

export interface OverlayPart {
  mountOverlay: typeof mountOverlay;
  applyUnsavedMarks: typeof applyUnsavedMarks;
  summaryFor: typeof summaryFor;
}

export interface GenericPart {
  genericReader: Reader;
  readTaught: typeof readTaught;
  startTeach: typeof startTeach;
}

export type { GridPart, HistoryPart };

export interface PartMap {
  overlay: OverlayPart;
  generic: GenericPart;
  history: HistoryPart;
  grid: GridPart;
}
export type PartName = keyof PartMap;
export const PART_NAMES = ['overlay', 'generic', 'history', 'grid'] as const satisfies readonly PartName[];

/** The built file of each part (entrypoints/mis-<part>.ts, an unlisted script). */
export const PART_FILES = { overlay: '/mis-overlay.js', generic: '/mis-generic.js', history: '/mis-history.js', grid: '/mis-grid.js' } as const satisfies Record<PartName, string>;

/** The generic reader's id (checked against the reader itself in tests): its on/off switch. */
export const GENERIC_READER_ID = 'generic';

// A registry on the isolated world's global object: the page cannot see it, and every script of this
// extension in this frame (the content script, the parts) shares it. Each part is its own bundle with its
// own copy of this module, so whoever waits for a part waits there too.
const KEY = PARTS_KEY;
const WAITING_KEY = Symbol.for('attendance-lens.parts-waiting');
type Registry = Partial<PartMap>;
type Waiting = Map<PartName, Set<() => void>>;
function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= {});
}
function waiting(): Waiting {
  const g = globalThis as unknown as Record<symbol, Waiting | undefined>;
  return (g[WAITING_KEY] ??= new Map());
}

/** Called by a part's script when it runs: whoever waits for it has it at once. */
export function providePart<K extends PartName>(name: K, api: PartMap[K]): void {
  registry()[name] = api;
  const waiters = waiting().get(name);
  waiting().delete(name);
  for (const w of waiters ?? []) w();
}

/** A part already provided in this frame, without loading it (synchronous readers ask this). */
export function loadedPart<K extends PartName>(name: K): PartMap[K] | undefined {
  return registry()[name];
}

export type LoadPart = <K extends PartName>(name: K) => Promise<PartMap[K]>;

/**
 * One load per part per content-script instance. Whatever an earlier instance left in the registry
 * (the extension was updated while the page stayed open) is dropped first, so the part in use is always
 * one this build injected. A load is done as soon as the part's script has run (`providePart`), not when
 * the background's answer to `inject` arrives a message later; the part may even be in already, injected
 * by the background unasked (page-settings, for a page that drew badges before), and `inject` must then
 * not run it again (the background's `load-part` finds that injection and waits for it instead).
 */
export function partLoader(inject: (name: PartName) => Promise<void>): LoadPart {
  // Synchronous readers take a part already in the registry (loadedPart): never an earlier instance's.
  for (const name of PART_NAMES) delete registry()[name];
  const loading = new Map<PartName, Promise<unknown>>();
  return <K extends PartName>(name: K): Promise<PartMap[K]> => {
    let p = loading.get(name) as Promise<PartMap[K]> | undefined;
    if (!p) {
      p = new Promise<PartMap[K]>((resolve, reject) => {
        const have = () => registry()[name] as PartMap[K] | undefined;
        const ready = () => {
          stopWaiting();
          resolve(have()!);
        };
        const stopWaiting = () => waiting().get(name)?.delete(ready);
        // Provided since this loader began (the background's own injection): nothing to wait for.
        if (have()) return resolve(have()!);
        const set = waiting().get(name) ?? new Set();
        set.add(ready);
        waiting().set(name, set);
        inject(name).then(
          () => {
            stopWaiting();
            const api = have();
            if (api) resolve(api);
            else reject(new Error(`the ${name} part did not load`));
          },
          (e: unknown) => {
            stopWaiting();
            reject(e instanceof Error ? e : new Error(String(e)));
          },
        );
      });
      // A failed load can be tried again (the next scan), rather than failing for the page's lifetime.
      p.catch(() => loading.delete(name));
      loading.set(name, p);
    }
    return p;
  };
}
