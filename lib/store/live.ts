import { Dexie, liveQuery, type ObservabilitySet } from 'dexie';
import { signal, useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * The one bridge from the store to the UI: a Dexie `liveQuery` feeding Preact signals. It re-runs when
 * the tables it read change (in this page or another extension page / the background). Errors land in
 * their own signal instead of throwing into rendering.
 */
export interface Live<T> {
  value: ReadonlySignal<T | undefined>;
  error: ReadonlySignal<unknown>;
}

function subscribe<T>(query: () => T | Promise<T>, value: Signal<T | undefined>, error: Signal<unknown>): () => void {
  const sub = liveQuery(query).subscribe({
    next: (v) => {
      value.value = v;
      error.value = undefined;
    },
    error: (e: unknown) => {
      error.value = e;
    },
  });
  return () => sub.unsubscribe();
}

/** Outside components (tests, background): subscribe now, call `dispose` when done. */
export function liveSignal<T>(query: () => T | Promise<T>): Live<T> & { dispose: () => void } {
  const value = signal<T | undefined>(undefined);
  const error = signal<unknown>(undefined);
  const dispose = subscribe(query, value, error);
  return { value, error, dispose };
}

/** In a component: subscribed on mount, unsubscribed on unmount or when `deps` change. */
export function useLive<T>(query: () => T | Promise<T>, deps: readonly unknown[] = []): Live<T> {
  const value = useSignal<T | undefined>(undefined);
  const error = useSignal<unknown>(undefined);
  // Re-subscribed when `deps` change: the caller lists what the query depends on.
  useEffect(() => subscribe(query, value, error), deps);
  return { value, error };
}

/**
 * Calls `onChange` whenever one of `tables` of `db` is written, in this page or another extension
 * context (Dexie passes writes between them), until the returned function is called. It says only
 * that something changed, at no cost: for pages that choose when to re-read (see
 * `lib/dashboard/refresh-gate.ts`) rather than re-running a query on every write as `liveQuery` does.
 */
export function onTablesChanged(db: Dexie, tables: readonly string[], onChange: () => void): () => void {
  // 'marks' still names the marks for callers: since schema v3 they live in 'markYears'.
  const prefixes = tables.flatMap((t) => (t === 'marks' ? ['marks', 'markYears'] : [t])).map((t) => `idb://${db.name}/${t}/`);
  const listener = (parts: ObservabilitySet) => {
    // 'all' is Dexie's "anything may have changed" (a page restored from the back-forward cache).
    if (Object.keys(parts).some((k) => k === 'all' || prefixes.some((p) => k.startsWith(p)))) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
