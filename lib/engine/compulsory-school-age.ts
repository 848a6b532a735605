/**
 * Compulsory school age (Education Act 1996 s8 and the prescribed days order, as the issue states it):
 * it starts on the first prescribed day (31 December, 31 March, 31 August) on or after the fifth birthday
 * and ends on the last Friday in June of the school year in which the pupil turns 16.
 */
import { addYears, fromDayNumber, isIsoDate, toDayNumber, weekdayOfDayNumber, type IsoDate } from './dates';

export interface CompulsorySchoolAge {
  compulsory: boolean;
  /** True when no date of birth was known and compulsory school age was assumed. */
  assumed: boolean;
  starts: IsoDate | null;
  ends: IsoDate | null;
  reason: string;
}

/**
 * Birthday in a given year. Decision: a 29 February birthday falls on 1 March in a common year
 * (the usual reading in England); the rules do not say.
 */
function birthdayIn(dob: IsoDate, years: number): IsoDate {
  const shifted = addYears(dob, years);
  return dob.slice(5) === '02-29' && shifted.slice(5) === '02-28' ? `${shifted.slice(0, 4)}-03-01` : shifted;
}

export function compulsorySchoolAgeStart(dob: IsoDate): IsoDate {
  const fifth = birthdayIn(dob, 5);
  const y = Number(fifth.slice(0, 4));
  const candidates = [`${y}-03-31`, `${y}-08-31`, `${y}-12-31`];
  return candidates.find((c) => c >= fifth) ?? `${y + 1}-03-31`;
}

/** Last Friday in June of the school year (1 Sep – 31 Aug) in which the pupil turns 16. */
export function compulsorySchoolAgeEnd(dob: IsoDate): IsoDate {
  const sixteenth = birthdayIn(dob, 16);
  const y = Number(sixteenth.slice(0, 4));
  const juneYear = Number(sixteenth.slice(5, 7)) >= 9 ? y + 1 : y;
  const june30 = toDayNumber(`${juneYear}-06-30`);
  const back = (weekdayOfDayNumber(june30) - 5 + 7) % 7; // days back to Friday
  return fromDayNumber(june30 - back);
}

export function compulsorySchoolAge(dob: IsoDate | undefined, on: IsoDate): CompulsorySchoolAge {
  if (dob === undefined || !isIsoDate(dob)) {
    return {
      compulsory: true,
      assumed: true,
      starts: null,
      ends: null,
      reason: dob === undefined ? 'No date of birth is known, so compulsory school age is assumed.' : `The date of birth “${dob}” is not a real date, so compulsory school age is assumed.`,
    };
  }
  const starts = compulsorySchoolAgeStart(dob);
  const ends = compulsorySchoolAgeEnd(dob);
  const compulsory = on >= starts && on <= ends;
  const reason = compulsory
    ? `Of compulsory school age (from ${starts} to ${ends}).`
    : on < starts
      ? `Not yet of compulsory school age (it starts on ${starts}).`
      : `Past compulsory school age (it ended on ${ends}).`;
  return { compulsory, assumed: false, starts, ends, reason };
}
