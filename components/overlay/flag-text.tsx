/**
 * Wording shared by the register's details panel and the dashboard's pupil page, so the two say the
 * same thing. It ships in the MIS page's overlay part: keep it to Preact and types (no Dexie, no zod).
 */
import type { BadgeMarker, PupilBadge } from '../../lib/pupil/badge';

/** The engine's recovery phrase as a sentence: a capital first, and one full stop unless it already ends a sentence. */
export function recoverySentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}${/[.!?]$/.test(phrase) ? '' : '.'}`;
}

/** The time-window flags (penalty-notice threshold, N codes overdue, returns due, CME checks), each with its reason. */
export function MarkerList({ markers }: { markers: readonly BadgeMarker[] }) {
  return (
    <ul>
      {markers.map((m) => (
        <li key={m.id}>
          <strong>{m.short}</strong>: {m.text}
        </li>
      ))}
    </ul>
  );
}

/** The recovery arithmetic and the LA band's suggested next step, each under its heading, when there is one. */
export function RecoveryAndNextStep({ badge }: { badge: Pick<PupilBadge, 'recovery' | 'band'> }) {
  return (
    <>
      {badge.recovery && (
        <>
          <h3>Recovery</h3>
          <p>{recoverySentence(badge.recovery)}</p>
        </>
      )}
      {badge.band && (
        <>
          <h3>{badge.band.label}: suggested next step</h3>
          <p>{badge.band.nextStep}</p>
        </>
      )}
    </>
  );
}
