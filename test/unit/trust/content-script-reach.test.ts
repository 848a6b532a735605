import { describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import { MESSAGE_TYPES } from '../../../lib/background/listen';
import { access } from '../../../lib/messages';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from '../store/helpers';

/**
 * Issue 15, messages: a content script on an MIS page cannot list the store or read a pupil who is not on
 * its page. (1) The messages an MIS page may send are exactly these, and none but `register-read` answers
 * with pupil data; every other kind is refused before any handler runs (messages.validated-both-ways).
 * (2) `register-read` answers for the pupils of the page it sent, never for others in the store.
 * The form-page content script is the prefill panel, a pupil picker: it may search pupils, on a
 * local-authority site the user allowed, while unlocked — by design, and only there.
 */
const WEEK = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
const NOW = { today: '2026-11-20', now: '2026-11-20T09:30:00.000Z' };

function view(pupils: { name: string; misId: string }[]): RegisterView {
  const ps = pupils.map((p, i) => ({ key: `k${i}`, ...p }));
  const sessions = WEEK.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({ date, session })));
  return {
    reader: 'bromcom',
    mis: 'bromcom',
    confidence: 0.9,
    kind: 'marks-grid',
    context: { group: '7RB', from: WEEK[0], to: WEEK[4] },
    pupils: ps,
    sessions,
    marks: ps.flatMap((p) => sessions.map((s) => ({ pupil: p.key, date: s.date, session: s.session, code: s.session === 'AM' ? '/' : '\\', saved: true }))),
    problems: [],
    complete: true,
  };
}

describe('what an MIS page content script can reach', () => {
  it('may send only these messages; the only one answering with pupils is register-read', () => {
    const fromMis = MESSAGE_TYPES.filter((t) => (access[t].from as readonly string[]).includes('mis-page')).sort();
    // A new message an MIS page may send must be reviewed here: does its answer carry pupil data?
    expect(fromMis).toEqual(['confirm-name-link', 'dock-collapsed', 'hint-dismissed', 'load-part', 'open-page', 'page-settings', 'ping', 'pupil-opened', 'register-read', 'save-taught'].sort());
    // No listing, export, backup, prefill-values or lock message is open to it.
    for (const t of ['prefill-pupils', 'prefill-plan', 'prefill-open', 'lock-status', 'lock-unlock', 'teach-open', 'referral-start'] as const) expect(access[t].from).not.toContain('mis-page');
  });

  it('register-read answers for the pupils of its page only, though the store holds others', async () => {
    const { db } = freshDb();
    // Two other classes stored earlier (read from their own pages).
    await handleRegisterRead({ url: 'https://mis.example/grid', view: view([{ name: 'Hidden Pupil-One', misId: '901' }, { name: 'Hidden Pupil-Two', misId: '902' }]), store: true }, { db, ...NOW });
    await handleRegisterRead({ url: 'https://mis.example/grid', view: view([{ name: 'Shown Pupil', misId: '100' }]), store: true }, { db, ...NOW });
    expect(await db.pupils.count()).toBe(3);
    // This page shows one pupil; the answer is about that pupil alone.
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view: view([{ name: 'Shown Pupil', misId: '100' }]), store: false }, { db, ...NOW });
    expect(answer.ok).toBe(true);
    expect(answer.badges.map((b) => b.key)).toEqual(['k0']);
    const text = JSON.stringify(answer);
    expect(text).not.toContain('Hidden');
    expect(text).not.toContain('901');
    expect(text).not.toContain('902');
    const storedIds = (await db.pupils.toArray()).map((p) => p.id);
    const shownId = answer.badges[0]!.pupilId;
    for (const id of storedIds.filter((i) => i !== shownId)) expect(text).not.toContain(id);
    // The group summary counts this page's pupils only.
    expect(answer.summary?.group).toBe('7RB');
  });
});
