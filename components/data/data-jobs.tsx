import { browser } from 'wxt/browser';
import type { FromWorker, Phase, ToWorker } from '../../lib/store/jobs/protocol';

/**
 * The page's side of the data worker: one job at a time, progress as it comes, and a real Cancel
 * (terminate the worker: its open transaction is aborted and nothing of the job is kept; a new worker
 * is started for the next job).
 */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  /** Seconds left, estimated from the rate so far in this phase; null until there is a rate. */
  secondsLeft: number | null;
}

type Result = Exclude<FromWorker, { type: 'progress' }>;

export class DataJobs {
  private worker: Worker | null = null;
  private pending: { job: string; resolve: (m: Result) => void; reject: (e: Error) => void; onProgress?: (p: Progress) => void; phase?: Phase; phaseStart: number } | null = null;

  // The worker is its own built script (entrypoints/data-worker.ts → /data-worker.js), in the extension origin.
  constructor(private readonly make: () => Worker = () => new Worker(browser.runtime.getURL('/data-worker.js'))) {}

  private get w(): Worker {
    if (!this.worker) {
      const w = this.make();
      w.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
      w.onerror = (e) => {
        const p = this.pending;
        this.pending = null;
        p?.reject(new Error(e.message || 'the data worker stopped'));
      };
      this.worker = w;
    }
    return this.worker;
  }

  private receive(m: FromWorker) {
    const p = this.pending;
    if (!p || m.job !== p.job) return;
    if (m.type === 'progress') {
      const now = performance.now();
      if (p.phase !== m.phase) {
        p.phase = m.phase;
        p.phaseStart = now;
      }
      const share = m.total ? m.done / m.total : 0;
      const elapsed = (now - p.phaseStart) / 1000;
      const secondsLeft = share > 0.02 && share < 1 && elapsed > 0.2 ? Math.ceil((elapsed / share) * (1 - share)) : null;
      p.onProgress?.({ phase: m.phase, done: m.done, total: m.total, secondsLeft });
      return;
    }
    this.pending = null;
    if (m.type === 'failed') p.reject(new Error(m.message));
    else p.resolve(m);
  }

  run<T extends Result['type']>(msg: ToWorker, onProgress?: (p: Progress) => void, transfer: Transferable[] = []): Promise<Extract<Result, { type: T }>> {
    if (this.pending) this.cancel();
    return new Promise((resolve, reject) => {
      this.pending = { job: msg.job, resolve: resolve as (m: Result) => void, reject, onProgress, phaseStart: performance.now() };
      this.w.postMessage(msg, transfer);
    });
  }

  /** Stops the job now. Whatever it had not committed is rolled back by IndexedDB. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new JobCancelled());
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  dispose(): void {
    this.cancel();
  }
}

const PHASE_TEXT: Record<Phase, string> = {
  reading: 'Reading the file',
  checking: 'Checking against what is stored',
  writing: 'Writing',
  validating: 'Checking the backup',
  compressing: 'Compressing',
  done: 'Done',
};

const n = (x: number) => x.toLocaleString('en-GB');

/** "Writing: 1,200 of 4,000 pupil-year records (30%), about 4 seconds left"; with no unit, "Writing: 30%, …". */
export function progressText(p: Progress, unit: string): string {
  const head = PHASE_TEXT[p.phase];
  if (p.phase !== 'writing' || !p.total) return `${head}…`;
  const pct = Math.floor((p.done / p.total) * 100);
  const left = p.secondsLeft === null ? '' : `, about ${p.secondsLeft} second${p.secondsLeft === 1 ? '' : 's'} left`;
  return unit ? `${head}: ${n(p.done)} of ${n(p.total)} ${unit} (${pct}%)${left}` : `${head}: ${pct}%${left}`;
}

export function ProgressBar({ progress, label, unit }: { progress: Progress; label: string; unit: string }) {
  const determinate = progress.phase === 'writing' && progress.total > 0;
  return (
    <div>
      {determinate ? <progress aria-label={label} max={progress.total} value={progress.done} /> : <progress aria-label={label} />}
      <p>{progressText(progress, unit)}</p>
    </div>
  );
}
