/**
 * Each MIS reader keeps its selectors in one module and, beside them, the number of matches each must
 * have on each of that MIS's saved fixtures; a contract test counts them. A layout change then shows
 * up as a failing count on a named page, not as a silently empty read. The counts are a separate
 * export so bundles that ship the selectors leave the counts out.
 */
export type Selectors = Readonly<Record<string, string>>;

/** Selector name → (fixture file in test/fixtures/mis/<id>/, or "demo-<id>/<file>") → matches. */
export type SelectorCounts<S extends Selectors> = Record<keyof S, Record<string, number>>;
