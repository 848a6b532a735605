/**
 * One typed storage item per setting, all made here: a WXT storage item with a version and its
 * migrations, every value read through the setting's own check (zod), and watched per item. Settings
 * are display and reading choices, never pupil data (that is in IndexedDB), so they live in
 * `browser.storage.local`. Background, options, popup and dashboard use them; the MIS content script
 * gets its part through the background (page-settings), so no zod ships in a page.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod/mini';

export interface Setting<T> {
  /** The key in `browser.storage.local` (without WXT's `local:` prefix). */
  readonly key: string;
  /** The version values are stored at; older stored values are migrated on first use. */
  readonly version: number;
  /** The stored value, checked; a missing or malformed value gives what `parse` makes of it. */
  get(): Promise<T>;
  /** The stored value as it is (undefined when never saved), for callers that check it themselves. */
  getRaw(): Promise<unknown>;
  set(value: T): Promise<void>;
  /** Calls `onChange` with the checked value whenever this setting (and only this one) changes, until `signal` aborts. */
  watch(onChange: (value: T) => void, signal: AbortSignal): void;
  /** Brings a value stored at `from` up to this version (for restoring a backup). */
  migrate(raw: unknown, from: number): Promise<unknown>;
  /** Checks a value: what `get` would give for it. */
  parse(raw: unknown): T;
}

export interface SettingOptions<T> {
  version: number;
  /** Version n → the function that turns a v(n-1) value into a v(n) one. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The one place a stored value is checked: never throws; `undefined` means never saved. */
  parse: (raw: unknown) => T;
}

export function defineSetting<T>(key: string, opts: SettingOptions<T>): Setting<T> {
  // Made on first use, not at import: defining a WXT item starts its migration, which needs the
  // extension APIs (and importing a module must not touch storage).
  let made: WxtStorageItem<unknown, Record<string, unknown>> | undefined;
  const item = () =>
    (made ??= storage.defineItem<unknown>(`local:${key}`, {
      version: opts.version,
      // Always given (even empty): WXT records the version only when migrations are declared.
      migrations: opts.migrations ?? {},
    }));
  const fromStore = (raw: unknown) => (raw === null ? undefined : raw);
  const setting: Setting<T> = {
    key,
    version: opts.version,
    getRaw: async () => fromStore(await item().getValue()),
    get: async () => opts.parse(fromStore(await item().getValue())),
    set: (value) => item().setValue(value),
    watch(onChange, signal) {
      if (signal.aborted) return;
      const unwatch = item().watch((raw) => onChange(opts.parse(fromStore(raw))));
      signal.addEventListener('abort', unwatch, { once: true });
    },
    async migrate(raw, from) {
      let value = raw;
      for (let v = from + 1; v <= opts.version; v++) value = (await opts.migrations?.[v]?.(value)) ?? value;
      return value;
    },
    parse: opts.parse,
  };
  return setting;
}

/**
 * A parse for settings with one schema: the stored value when it passes, else the fallback (with a
 * warning naming the setting, so a malformed value is reported, never silently used).
 */
export function checkedBy<S extends z.ZodMiniType>(schema: S, fallback: () => z.infer<S>, what: string): (raw: unknown) => z.infer<S> {
  return (raw) => {
    if (raw === undefined) return fallback();
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    console.warn(`Attendance Lens: the stored ${what} are malformed; using the defaults`, r.error.issues[0]?.message);
    return fallback();
  };
}
