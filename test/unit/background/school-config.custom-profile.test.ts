import { describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import { CUSTOM_MISSING, resolveProfile } from '../../../lib/pupil/resolve-profile';
import { schoolConfig } from '../../../lib/pupil/school-config';
import type { CustomProfileDefinition } from '../../../lib/engine/custom-profile';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from '../store/helpers';

const ours: CustomProfileDefinition = {
  name: 'Our school',
  bands: [
    { label: 'On track', from: { pct: 95, inclusive: true }, tone: 'good', nextStep: 'Praise.' },
    { label: 'Concern', from: { pct: 85, inclusive: false }, tone: 'warn', nextStep: 'Meet the family.' },
    { label: 'Serious concern', from: null, tone: 'severe', nextStep: 'Refer to the LA.' },
  ],
};

describe('which profile the background uses', () => {
  it('resolves custom to the saved definition', async () => {
    const { db } = freshDb();
    const c = await schoolConfig(db, 'custom', ours);
    expect(c.profile.id).toBe('custom');
    expect(c.profile.bands.map((b) => b.label)).toEqual(['On track', 'Concern', 'Serious concern']);
    expect(c.profileFallback).toBeNull();
  });

  it('falls back to the national bands, with the reason, when no custom profile is saved', async () => {
    const { db } = freshDb();
    const c = await schoolConfig(db, 'custom', undefined);
    expect(c.profile.bands.map((b) => b.id)).toEqual(['NATIONAL_NOT_PA', 'NATIONAL_PA', 'NATIONAL_SA']);
    expect(c.profileFallback).toBe(CUSTOM_MISSING);
    // The profile's own name says so, so band reasons on the register say it too.
    expect(c.profile.name).toBe('National (custom profile not in use)');
  });

  it('falls back to the national bands when the saved one is not valid, and says what is wrong', async () => {
    const { db } = freshDb();
    const broken = { ...ours, bands: [ours.bands[1]!, ours.bands[0]!, ours.bands[2]!] };
    const c = await schoolConfig(db, 'custom', broken);
    expect(c.profile.bands[0]!.id).toBe('NATIONAL_NOT_PA');
    expect(c.profileFallback).toMatch(/^The saved custom profile is not valid \(Bands go highest first: band 2 \(95%\) must start below band 1 \(85%\)\.\), so the national bands/);
  });

  it('a new saved definition is used at once (the cache follows it), and built-in ids ignore it', async () => {
    const { db } = freshDb();
    expect((await schoolConfig(db, 'custom', ours)).profile.bands[0]!.label).toBe('On track');
    const renamed = { ...ours, bands: [{ ...ours.bands[0]!, label: 'Green' }, ...ours.bands.slice(1)] };
    expect((await schoolConfig(db, 'custom', renamed)).profile.bands[0]!.label).toBe('Green');
    expect((await schoolConfig(db, 'hackney', ours)).profile.id).toBe('hackney');
    expect(resolveProfile(undefined).profile.id).toBe('kent');
  });
});

describe('a register read with the custom profile', () => {
  // Two weeks: a status word needs 10 school days of marks (MIN_HISTORY_DAYS).
  const WEEK = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  function view(codes: string[]): RegisterView {
    const sessions = WEEK.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({ date, session })));
    return {
      reader: 'bromcom',
      mis: 'bromcom',
      confidence: 0.9,
      kind: 'marks-grid',
      context: { group: '7RB', from: WEEK[0], to: WEEK[9] },
      pupils: [{ key: 'k0', name: 'Ada Lovelace', misId: '100' }],
      sessions,
      marks: sessions.map((s, j) => ({ pupil: 'k0', date: s.date, session: s.session, code: codes[j]!, saved: true })),
      problems: [],
      complete: true,
    };
  }

  it('bands, next steps and live band rules all follow the saved definition', async () => {
    const { db } = freshDb();
    // 18 of 20 sessions present = 90.0%.
    const codes = [...Array(18).fill('/'), 'O', 'O'];
    const answer = await handleRegisterRead({ url: 'https://mis.example/a', view: view(codes), store: true }, { db, today: '2026-11-20', now: '2026-11-20T09:00:00Z', profileId: 'custom', customProfile: ours });
    expect(answer.bandRules.map((r) => [r.label, r.tone, r.atRisk])).toEqual([
      ['On track', 'good', false],
      ['Concern', 'warn', true],
      ['Serious concern', 'severe', true],
    ]);
    const badge = answer.badges[0]!;
    expect(badge.attendance).toMatchObject({ attended: 18, possible: 20 });
    // 90% is PA nationally whatever the bands say; the school's band is "Concern" (above 85).
    expect(badge.status).toBe('PA');
    expect(badge.band).toEqual({ id: 'CUSTOM_2', label: 'Concern', tone: 'warn', nextStep: 'Meet the family.' });
    expect(badge.reasons.map((r) => r.text).join(' ')).toMatch(/Our school band “Concern” \(above 85%\)\. Meet the family\./);
  });
});

describe('“at risk” under a custom profile follows the band’s colour, as the live recompute does', () => {
  const DAYS = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  // 19 of 20 sessions = 95.0%: not PA, in the middle band (above 90, below 97).
  const view = (): RegisterView => {
    const sessions = DAYS.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({ date, session })));
    return {
      reader: 'bromcom',
      mis: 'bromcom',
      confidence: 0.9,
      kind: 'marks-grid',
      context: { group: '7RB', from: DAYS[0], to: DAYS[9] },
      pupils: [{ key: 'k0', name: 'Ada Lovelace', misId: '100' }],
      sessions,
      marks: sessions.map((s, j) => ({ pupil: 'k0', date: s.date, session: s.session, code: j === 0 ? 'O' : '/', saved: true })),
      problems: [],
      complete: true,
    };
  };
  const withMiddleTone = (tone: 'good' | 'info'): CustomProfileDefinition => ({
    name: 'Tones',
    bands: [
      { label: 'Excellent', from: { pct: 97, inclusive: true }, tone: 'good', nextStep: 'Praise.' },
      { label: 'Fine', from: { pct: 90, inclusive: false }, tone, nextStep: 'Watch.' },
      { label: 'Low', from: null, tone: 'warn', nextStep: 'Act.' },
    ],
  });
  for (const [tone, status] of [
    ['good', 'ok'],
    ['info', 'at-risk'],
  ] as const) {
    it(`a ${tone} middle band: ${status}`, async () => {
      const { db } = freshDb();
      const answer = await handleRegisterRead({ url: 'https://mis.example/a', view: view(), store: true }, { db, today: '2026-11-20', now: '2026-11-20T09:00:00Z', profileId: 'custom', customProfile: withMiddleTone(tone) });
      const badge = answer.badges[0]!;
      expect(badge.attendance).toMatchObject({ attended: 19, possible: 20 });
      expect(badge.band?.label).toBe('Fine');
      expect(badge.status).toBe(status);
      expect(answer.bandRules.find((r) => r.label === 'Fine')?.atRisk).toBe(status === 'at-risk');
    });
  }
});
