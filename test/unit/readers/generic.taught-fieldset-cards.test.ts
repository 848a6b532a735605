import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readTaught, type TaughtMapping } from '../../../lib/readers/generic/taught';
import { taughtMappingSchema } from '../../../lib/settings/taught';
import { teachAsUser } from '../../support/teach-as-user';

/**
 * A card register whose cards are fieldsets: the legend names the pupil, the checked radio is the
 * mark (its value the code, its label the words). A card with none checked is blank, two checked is
 * unreadable and reported — never a guessed mark.
 */
const card = (name: string, n: number, checked: string[], disabled = false) => `
  <fieldset class="pupil">
    <legend>${name}</legend>
    ${[['/', 'Present'], ['L', 'Late'], ['N', 'Absent'], ['I', 'Ill']]
      .map(([v, w]) => `<label><input type="radio" name="s-${n}" value="${v}"${checked.includes(v!) ? ' checked' : ''}${disabled ? ' disabled' : ''}> ${w}</label>`)
      .join('')}
  </fieldset>`;

const page = (cards: string) =>
  parseHTML(`<html><body><h1>Afternoon register · Thursday 3 December 2026 · 4 Oak</h1><form><div class="list">${cards}</div><button>Save</button></form></body></html>`)
    .document as unknown as Document;

/** `Surname|code` per mark, so the test does not depend on how names are written back. */
const marksOf = (view: NonNullable<ReturnType<typeof teachAsUser>['view']>) =>
  view.marks.map((m) => `${/Ashby|Bello|Crane/.exec(view.pupils.find((p) => p.key === m.pupil)?.name ?? '')?.[0]}|${m.code}`).sort();

describe('a taught card register of fieldsets with radios', () => {
  it('reads the checked radio of every card, the legend naming the pupil; nothing asked', () => {
    const doc = page(card('Ashby, Cara', 1, ['/']) + card('Bello, Dami', 2, ['L']) + card('Crane, Eli', 3, ['I'], true));
    const taught = teachAsUser(doc, 'Ashby, Cara');
    expect(taught.error).toBeUndefined();
    expect(taught.mapping!.kind).toBe('cards');
    expect(taught.asked).toEqual([]);
    expect(marksOf(taught.view!)).toEqual(['Ashby|/', 'Bello|L', 'Crane|I']);
    expect(taught.view!.complete).toBe(true);
    // Saved as JSON, validated, read again on the next visit: the same marks.
    const saved = taughtMappingSchema.parse(JSON.parse(JSON.stringify(taught.mapping))) as TaughtMapping;
    expect(readTaught(doc, saved).view.marks).toEqual(taught.view!.marks);
  });

  it('a card with no radio checked is a blank mark, not a guessed one', () => {
    const taught = teachAsUser(page(card('Ashby, Cara', 1, ['/']) + card('Bello, Dami', 2, [])), 'Ashby, Cara');
    const bello = taught.view!.pupils.find((p) => p.name.includes('Bello'))!;
    const codes = taught.view!.marks.filter((m) => m.pupil === bello.key).map((m) => m.code);
    expect(codes.every((c) => c === '')).toBe(true);
  });

  it('a card with two radios checked is reported, and no mark is read for it', () => {
    const taught = teachAsUser(page(card('Ashby, Cara', 1, ['/']) + card('Bello, Dami', 2, ['/', 'N'])), 'Ashby, Cara');
    const bello = taught.view!.pupils.find((p) => p.name.includes('Bello'))!;
    expect(taught.view!.marks.filter((m) => m.pupil === bello.key && m.code !== '')).toEqual([]);
    expect(taught.view!.problems.some((p) => p.where.includes('Bello'))).toBe(true);
    expect(taught.view!.complete).toBe(false);
  });
});
