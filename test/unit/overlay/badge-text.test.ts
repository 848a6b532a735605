import { describe, expect, it } from 'vitest';
import { presentBadge, toneFor } from '../../../lib/overlay/badge-text';
import type { BadgeMarker } from '../../../lib/pupil/badge';
import { makeBadge } from './badge-factory';

const compact = { style: 'compact' as const };
const PN: BadgeMarker = { id: 'PN_THRESHOLD', short: 'PN', text: 'Penalty notice threshold met: 11 unauthorised sessions in 10 school weeks' };
const NOVER: BadgeMarker = { id: 'N_OVERDUE', short: 'N>5d', text: '2 N codes unresolved after 5 school days' };

describe('badge text', () => {
  it('SA, PA, at risk falling, and fine', () => {
    expect(presentBadge(makeBadge(12, 26), compact).text).toBe('SA 46.2%');
    expect(presentBadge(makeBadge(8, 9), compact).text).toBe('PA 88.9%');
    expect(presentBadge(makeBadge(32, 35, { status: 'at-risk', trend: 'down' }), compact).text).toBe('91.4% ↓');
    expect(presentBadge(makeBadge(49, 51), compact).text).toBe('96.1%');
  });

  it('an at-risk pupil whose trend is not falling carries a word, never colour alone', () => {
    const p = presentBadge(makeBadge(32, 35, { status: 'at-risk', trend: 'steady' }), compact);
    expect(p.text).toBe('Risk 91.4%');
    expect(p.accessibleName).toBe('Risk 91.4%: Ava Fictional, at risk of persistent absence: 91.4% attendance.');
  });

  it('89.95% shows the fraction: PA 90.0% (188/209)', () => {
    const p = presentBadge(makeBadge(188, 209), compact);
    expect(p.text).toBe('PA 90.0% (188/209)');
    expect(p.accessibleName).toBe(
      'PA 90.0% (188/209): Ava Fictional, persistent absence: 90.0% attendance (exactly 188 of 209 sessions).',
    );
  });

  it('90.05% shows the fraction and is not PA', () => {
    const p = presentBadge(makeBadge(181, 201, { status: 'at-risk', trend: 'steady' }), compact);
    expect(p.text).toBe('Risk 90.0% (181/201)');
    expect(p.accessibleName).not.toContain('Persistent absence');
  });

  it('provisional: the ? follows the figure, coverage in words', () => {
    const b = makeBadge(8, 9, {
      provisional: true,
      coverage: { schoolDaysOnRoll: 58, daysWithMarks: 12, missingDays: 46 },
      markers: [PN],
    });
    const p = presentBadge(b, compact);
    expect(p.text).toBe('PA 88.9%?');
    expect(p.provisional).toBe(true);
    expect(p.accessibleName).toBe(
      'PA 88.9%? PN: Ava Fictional, persistent absence, provisional: 88.9% attendance from 12 of 58 school days; import history or open the marks grid. ' +
        'Penalty notice threshold met: 11 unauthorised sessions in 10 school weeks.',
    );
  });

  it('no data: "No marks" on screen and in words', () => {
    const b = makeBadge(0, 0, { provisional: true, coverage: { schoolDaysOnRoll: 58, daysWithMarks: 0, missingDays: 58 } });
    const p = presentBadge(b, compact);
    expect(p.text).toBe('No marks');
    expect(p.tone).toBe('neutral');
    expect(p.accessibleName).toBe(
      'No marks: Ava Fictional, no marks yet: from 0 of 58 school days; import history or open the marks grid.',
    );
    expect(presentBadge(b, { style: 'full' }).detail).toBe('no marks yet · 0/58 days');
  });

  it('trend and unsaved are said in words', () => {
    const p = presentBadge(makeBadge(8, 9, { trend: 'down', includesUnsaved: true }), compact);
    expect(p.text).toBe('PA 88.9% ↓');
    expect(p.unsaved).toBe(true);
    expect(p.accessibleName).toBe('PA 88.9% ↓ unsaved: Ava Fictional, persistent absence: 88.9% attendance, falling. Includes marks not yet saved in the MIS.');
  });

  it('markers follow the user preference, in chips and in the name', () => {
    const b = makeBadge(8, 9, { markers: [PN, NOVER] });
    expect(presentBadge(b, compact).markers.map((m) => m.short)).toEqual(['PN', 'N>5d']);
    // Compact badges stay narrow: the first marker and a count; full badges show every chip.
    expect(presentBadge(b, compact).chips).toEqual(['PN', '+1 more']);
    expect(presentBadge(b, { style: 'full' }).chips).toEqual(['PN', 'N>5d']);
    expect(presentBadge(b, compact).accessibleName).toContain('2 N codes unresolved after 5 school days.');
    const only = presentBadge(b, { style: 'compact', markers: ['N_OVERDUE'] });
    expect(only.markers.map((m) => m.short)).toEqual(['N>5d']);
    expect(only.chips).toEqual(['N>5d']);
    expect(only.accessibleName).not.toContain('Penalty notice');
    expect(only.accessibleName).toContain('2 N codes unresolved after 5 school days.');
  });

  it('full style adds the band label and coverage', () => {
    const band = { id: 'KENT_PA', label: 'Kent: persistent absence', tone: 'warn' as const, nextStep: 'Meet the family.' };
    const b = makeBadge(8, 9, { band, provisional: true, coverage: { schoolDaysOnRoll: 58, daysWithMarks: 12, missingDays: 46 } });
    const p = presentBadge(b, { style: 'full' });
    expect(p.detail).toBe('Kent: persistent absence · 12/58 days');
    expect(presentBadge(b, compact).detail).toBeNull();
    expect(p.accessibleName).toContain('Band: Kent: persistent absence.');
  });
});

describe('tone', () => {
  it('comes from the band unless the status is more severe', () => {
    expect(toneFor({ status: 'SA', band: { id: 'x', label: 'x', tone: 'warn', nextStep: '' } })).toBe('severe');
    expect(toneFor({ status: 'PA', band: { id: 'x', label: 'x', tone: 'severe', nextStep: '' } })).toBe('severe');
    expect(toneFor({ status: 'ok', band: { id: 'x', label: 'x', tone: 'info', nextStep: '' } })).toBe('info');
    expect(toneFor({ status: 'ok', band: null })).toBe('good');
  });
});

describe('too little history for a status', () => {
  const young = (attended: number, possible: number, days: number) =>
    makeBadge(attended, possible, { status: 'building', coverage: { schoolDaysOnRoll: 60, daysWithMarks: days, missingDays: 60 - days }, provisional: true });
  it('shows the fraction and the history in words, neutral, no status word', () => {
    const p = presentBadge(young(0, 1, 1), compact);
    expect(p.text).toBe('0/1 · 1 day');
    expect(p.tone).toBe('neutral');
    expect(p.accessibleName).toBe('0/1 · 1 day: Ava Fictional, too little history for a status: 0 of 1 possible session attended, from 1 school day of marks this year; a status needs 10.');
    expect(p.accessibleName).not.toMatch(/\b(PA|SA)\b|persistent|severe/i);
    const full = presentBadge(young(2, 2, 1), { style: 'full' });
    // Full: the figure, then the history as its detail (a narrow row can show the figure alone, whole).
    expect([full.text, full.detail].join(' ')).toBe('2/2 sessions — 1 day of history');
    expect(full.text).toBe('2/2 sessions');
    expect(full.accessibleName).toMatch(/^2\/2 sessions — 1 day of history: Ava Fictional, too little history/);
    expect(presentBadge(young(16, 18, 9), compact).text).toBe('16/18 · 9 days');
  });
  it('keeps a neutral tone whatever the band says', () => {
    expect(toneFor({ status: 'building', band: { id: 'x', label: 'x', tone: 'severe', nextStep: '' } })).toBe('neutral');
  });
});
