/**
 * Fuzz (fast-check, fixed seed): mutations of every register fixture must end in a read whose marks
 * equal the original's for the cells still on the page, or an incomplete view with a problem, or a
 * refusal — never a silent difference, never a throw. FUZZ_RUNS sets the number of cases (default a
 * quick run for `npm test`); FUZZ_SEED another seed. `FUZZ_RUNS=10000 npx vitest run test/unit/readers/fuzz.test.ts`
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, readHtml } from './corpus';
import { KINDS, mutateAndRead, silentDifference, type Mutation } from './mutate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
// The large demo pages read in 0.1–1 s each; the quick run leaves them to their own tests.
const pages = corpus()
  .filter((p) => !p.refuse && (process.env.FUZZ_RUNS || !p.name.includes('/demo-')))
  .map((p) => ({ page: p, original: readHtml(p.html, p.url) }))
  .filter((x) => x.original?.view.complete);

const mutation = fc.record<Mutation>({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.constantFrom('x', '??', '7', ' note', '', 'Notes', 'Total', 'ZZ', '/\\N'),
});

describe('readers fuzz: never a silent partial read', () => {
  it(`${RUNS} mutated pages (seed ${SEED}) end complete and equal, incomplete with a problem, or refused`, () => {
    expect(pages.length).toBeGreaterThan(50);
    const tally = { cases: 0, complete: 0, incomplete: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(pages.length - 1), mutation, (i, m) => {
        const { page, original } = pages[i]!;
        const { read } = mutateAndRead(page, m);
        tally.cases++;
        if (!read) tally.refused++;
        else if (read.view.complete) tally.complete++;
        else tally.incomplete++;
        const wrong = silentDifference(original!.view, m, read);
        if (wrong) throw new Error(`${page.name} after ${JSON.stringify(m)}: ${wrong}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (process.env.FUZZ_RUNS) console.log('fuzz tally', JSON.stringify(tally));
    expect(tally.cases).toBe(RUNS);
  }, Math.max(600_000, RUNS * 400)); // a long run (FUZZ_RUNS=10000 took 27 min on a loaded 2-core machine)
});
