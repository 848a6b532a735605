import { describe, expect, it } from 'vitest';
import { LastAnswers } from '../../../lib/background/last-answers';
import { viewKey } from '../../../lib/readers/view-key';
import type { RegisterReadAnswer } from '../../../lib/messages';
import type { RegisterView } from '../../../lib/readers/view';

const URL_A = 'https://mis.example/TakeRegister.aspx?TutorGroup=7RB&Session=AM';
const answer = (over: Partial<RegisterReadAnswer> = {}): RegisterReadAnswer => ({
  ok: true,
  stored: { marksAdded: 0, marksChanged: 0, pupilsAdded: 0, conflicts: 0 },
  badges: [{ key: 'k0' } as RegisterReadAnswer['badges'][number]],
  summary: null,
  bandRules: [],
  asOf: '2026-11-20',
  showFlags: true,
  ...over,
});

describe('the last answers kept for pages opened again', () => {
  it('give a page its own last answer, by full address, on the same day only', () => {
    const last = new LastAnswers();
    last.keep(URL_A, () => 'v', answer(), '2026-11-20', last.token());
    expect(last.get(URL_A, '2026-11-20')?.view).toBe('v');
    expect(last.get(URL_A.replace('7RB', '8XY'), '2026-11-20')).toBeUndefined();
    expect(last.get(URL_A, '2026-11-21')).toBeUndefined();
  });

  it('are all dropped by any write, and an answer read before a write is never kept', () => {
    const last = new LastAnswers();
    last.keep(URL_A, () => 'v', answer(), '2026-11-20', last.token());
    const token = last.token(); // a read starts
    last.drop(); // something is written meanwhile
    expect(last.get(URL_A, '2026-11-20')).toBeUndefined();
    last.keep(URL_A, () => 'v', answer(), '2026-11-20', token);
    expect(last.get(URL_A, '2026-11-20')).toBeUndefined();
  });

  it('keep no answer that draws nothing or has something to say, and such an answer forgets the last one', () => {
    const last = new LastAnswers();
    for (const over of [{ ok: false }, { showFlags: false }, { badges: [] }, { identity: { group: '7RB', needsConfirm: 1, noGroup: 0, ambiguousOnPage: 0, ambiguousInStore: 0, contradicts: 0, unidentified: 0 } }]) {
      last.keep(URL_A, () => 'v', answer(), '2026-11-20', last.token());
      last.keep(URL_A, () => 'v', answer(over), '2026-11-20', last.token());
      expect(last.get(URL_A, '2026-11-20')).toBeUndefined();
    }
  });

  it('are a bounded few: the oldest kept is dropped first', () => {
    const last = new LastAnswers(2);
    for (const p of ['a', 'b', 'c']) last.keep(`https://mis.example/${p}`, () => p, answer(), '2026-11-20', last.token());
    expect(['a', 'b', 'c'].map((p) => last.get(`https://mis.example/${p}`, '2026-11-20')?.view ?? null)).toEqual([null, 'b', 'c']);
  });
});

describe('a view key', () => {
  const view = {
    reader: 'bromcom',
    mis: 'bromcom',
    confidence: 0.9,
    kind: 'take-register',
    context: { group: '7RB' },
    pupils: [{ key: 'k0', name: 'Ada Lovelace', misId: '100' }],
    sessions: [{ date: '2026-11-16', session: 'AM' }],
    marks: [{ pupil: 'k0', date: '2026-11-16', session: 'AM', code: '/', saved: true }],
    problems: [],
    complete: true,
  } as RegisterView;

  it('is the same whatever the order of keys and for keys left undefined', () => {
    const { complete, ...rest } = view;
    const reordered = JSON.parse(JSON.stringify({ complete, ...rest, marks: [{ saved: true, code: '/', session: 'AM', date: '2026-11-16', pupil: 'k0', minutesLate: undefined }] }));
    expect(viewKey(reordered)).toBe(viewKey(view));
    expect(viewKey({ ...view, context: { group: '7RB', date: undefined } as RegisterView['context'] })).toBe(viewKey(view));
  });

  it('differs for any difference in what was read: a code, whether it is saved, a name, the group', () => {
    const mark = view.marks[0]!;
    for (const other of [
      { ...view, marks: [{ ...mark, code: 'O' }] },
      { ...view, marks: [{ ...mark, saved: false }] },
      { ...view, pupils: [{ ...view.pupils[0]!, name: 'Ada King' }] },
      { ...view, context: { group: '8XY' } },
    ]) expect(viewKey(other as RegisterView)).not.toBe(viewKey(view));
  });
});
