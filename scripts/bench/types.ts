/** One line of bench-results.json (format: shared/design/overview.md). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Measured in the same run, for ratio targets; null for absolute targets. */
  baseline: number | null;
  ratio: number | null;
  /** Bounds `ratio` when baseline is set, else `value`. Lower is better for every figure here. */
  target: number;
  met: boolean;
}

/** Printed, not written: context for a figure with no target (e.g. absolute ms behind a ratio). */
export interface IndicativeFigure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchOutput {
  results: BenchResult[];
  indicative?: IndicativeFigure[];
}

/** A group of figures measured together (they share set-up), selectable by name on the command line. */
export interface BenchSuite {
  /** Figure names this suite produces; `npm run bench -- NAME` runs suites producing NAME. */
  names: string[];
  run(): Promise<BenchOutput>;
}

export function ratioResult(name: string, value: number, baseline: number, unit: string, target: number): BenchResult {
  const ratio = value / baseline;
  return { name, value, unit, baseline, ratio, target, met: ratio <= target };
}

export function absoluteResult(name: string, value: number, unit: string, target: number): BenchResult {
  return { name, value, unit, baseline: null, ratio: null, target, met: value <= target };
}

/** Median of several timed runs, after warm-up, so one GC pause does not decide a figure. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
