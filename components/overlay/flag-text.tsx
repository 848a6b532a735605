/**
 * Wording shared by the register's details panel and the dashboard's pupil page, so the two say the
 * same thing. It ships in the MIS page's overlay part: keep it to Preact and types (no Dexie, no zod).
 */
import type { ComponentChildren } from 'preact';
import type { BadgeMarker, PupilBadge } from '../../lib/pupil/badge';

/** The abbreviations the engine's and the LA profile's wording uses, spelled out (issue 16: "expanded … with a title"). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  KPAS: 'Kent PRU and Attendance Service',
  PN: 'penalty notice',
  CME: 'children missing education',
  NTI: 'notice to improve',
  TSM: 'Targeting Support Meeting',
  PA: 'persistent absence: 10% or more of possible sessions missed',
  SA: 'severe absence: 50% or more of possible sessions missed',
  LA: 'local authority',
};
const ABBR_RE = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/**
 * Text with each known abbreviation in an <abbr> whose title spells it out, so a reader can find what "KPAS" or
 * "CME" means where it is used; the text itself (and so every accessible name built from it) is unchanged.
 */
export function Abbrs({ text }: { text: string }): ComponentChildren {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const m of text.matchAll(ABBR_RE)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    out.push(<abbr title={ABBREVIATIONS[m[1]!]}>{m[1]}</abbr>);
    last = m.index! + m[1]!.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

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
          <strong>
            <Abbrs text={m.short} />
          </strong>
          : <Abbrs text={m.text} />
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
          <p>
            <Abbrs text={badge.band.nextStep} />
          </p>
        </>
      )}
    </>
  );
}
