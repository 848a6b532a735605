import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readTaught, type TaughtMapping } from '../../../lib/readers/generic/taught';
import { taughtMappingSchema } from '../../../lib/settings/taught';
import { markKeys, teachAsUser, type Answers } from '../../support/teach-as-user';

/**
 * Taught certificates, card registers and split panes, against saved register pages (the readers'
 * blind pages, each with its truth): teaching by a name and a mark reads every mark the page shows,
 * and the mapping, saved as JSON and validated as storage does, reads the same on the next visit.
 */
const DIR = join(__dirname, '../../fixtures/blind/readers');
const load = (name: string) => parseHTML(readFileSync(join(DIR, `${name}.html`), 'utf8')).document as unknown as Document;
interface Truth {
  pupils: { name: string }[];
  marks: { pupil: string; date: string; session: string; code: string }[];
}
const truth = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Truth;

function taughtRead(name: string, answers: Answers = {}) {
  const doc = load(name);
  const t = truth(name);
  const taught = teachAsUser(doc, t.pupils[0]!.name, answers);
  expect(taught.error).toBeUndefined();
  const saved = taughtMappingSchema.parse(JSON.parse(JSON.stringify(taught.mapping))) as TaughtMapping;
  const again = readTaught(load(name), saved).view;
  const names = new Map(taught.view!.pupils.map((p) => [p.key, p.name]));
  return { taught, again, t, read: markKeys(taught.view!.marks, (k) => names.get(k) ?? k) };
}

describe('a taught registration certificate', () => {
  it.each(['certificate-sims-weekbeginning', 'certificate-dl-week-commencing'])('%s: one pupil named in the page, weeks × days, two marks a cell — every mark read', (name) => {
    const { taught, again, t, read } = taughtRead(name);
    expect(taught.mapping!.kind).toBe('certificate');
    expect(taught.asked).toEqual([]); // the weeks are dated: nothing asked
    expect(read).toEqual(markKeys(t.marks));
    expect(taught.view!.complete).toBe(true);
    expect(taught.preview!.main).toBe(true);
    expect(again.marks).toEqual(taught.view!.marks);
  });
});

describe('a taught card register', () => {
  it.each(['cards-take-register-morning', 'cards-take-register-afternoon'])('%s: a name and a mark per card, date and session from the heading — nothing asked', (name) => {
    const { taught, again, t, read } = taughtRead(name);
    expect(taught.mapping!.kind).toBe('cards');
    expect(taught.asked).toEqual([]);
    expect(read).toEqual(markKeys(t.marks));
    expect(again.marks).toEqual(taught.view!.marks);
  });

  it('a card register with no date on the page asks for the date only, and reads it as answered', () => {
    const html = readFileSync(join(DIR, 'cards-take-register-morning.html'), 'utf8').replace('Tuesday 1 December 2026 &middot; Morning session', 'Morning session');
    const doc = parseHTML(html).document as unknown as Document;
    const t = truth('cards-take-register-morning');
    const taught = teachAsUser(doc, t.pupils[0]!.name, { date: '2026-12-01' });
    expect(taught.asked).toEqual(['date']);
    expect(markKeys(taught.view!.marks, (k) => taught.view!.pupils.find((p) => p.key === k)!.name)).toEqual(markKeys(t.marks));
    // "The day the page is opened": dated by the clock at reading.
    const today = readTaught(doc, { ...(taught.mapping as object), date: 'today' } as TaughtMapping, 'taught', new Date(2026, 11, 3, 9)).view;
    expect(new Set(today.marks.map((m) => m.date))).toEqual(new Set(['2026-12-03']));
  });
});

describe('a taught grid with a pinned name pane', () => {
  it.each(['aggrid-handwritten-pinned-treegrid', 'grid-pinned-names-two-tables'])('%s: names and marks in separate panes are joined by row', (name) => {
    const { taught, t, read } = taughtRead(name);
    expect(taught.mapping!.kind ?? 'grid').toBe('grid');
    expect(taught.asked).toEqual([]); // dated headers are used without asking
    expect(read).toEqual(markKeys(t.marks));
  });
});
