/**
 * Pupil identities for the demo school: names, UPNs, DOBs, addresses, carers and characteristics.
 * Everything comes from the seeded RNG; nothing here knows about marks.
 */
import { civilToDayNumber, fromDayNumber } from '../engine/dates';
import { createRng, type Rng } from './prng';
import { makeUpn } from './upn';
import {
  BOYS_NAMES, EAL_LANGUAGES, ETHNICITIES, FEEDER_PRIMARIES, GIRLS_NAMES, MIDDLE_NAMES, POSTCODE_LETTERS,
  STREET_KINDS, STREET_STEMS,
} from './names';
import { KENT_LA, KINDS, type KindProfile } from './kinds';
import type { DemoAddress, DemoCarer, DemoGroup, DemoPupil, SenStatus } from './types';

export { KENT_LA };
/** The secondary's years (the primary's are in KINDS.primary.years). */
export const YEARS = KINDS.secondary.years;
export const PUPILS_PER_GROUP = 30;

/** Identity fields only; the generator adds marks, stories and admission/leaving dates. */
export type PupilIdentity = Omit<DemoPupil, 'marks' | 'lateMinutes' | 'stories' | 'admissionDate' | 'leavingDate'>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function buildGroups(kind: KindProfile = KINDS.secondary): DemoGroup[] {
  return kind.years.flatMap((year, yi) =>
    Array.from({ length: kind.groupsPerYear }, (_, k) => {
      const tutor = kind.tutors[yi * kind.groupsPerYear + k];
      if (!tutor) throw new Error('not enough tutors');
      return {
        id: `${year}${tutor.forename[0]}${tutor.surname[0]}`,
        ncYear: year,
        tutor: `${tutor.title} ${tutor.forename[0]}. ${tutor.surname}`,
        room: `${String.fromCharCode(65 + yi)}${pad(k + 1)}`,
      };
    }),
  );
}

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = rng.next() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A DOB inside the birth window of NC year `ncYear` in the academic year starting in `startYear`. */
export function dobFor(rng: Rng, ncYear: number, startYear: number): string {
  // NC year n in the year starting Sep Y: born 1 Sep (Y-n-5) to 31 Aug (Y-n-4).
  const first = civilToDayNumber(startYear - ncYear - 5, 9, 1);
  const last = civilToDayNumber(startYear - ncYear - 4, 8, 31);
  return fromDayNumber(first + rng.int(0, last - first));
}

function makeAddress(rng: Rng, kind: KindProfile): DemoAddress {
  const town = rng.pick(kind.towns);
  const district = rng.pick(town.districts);
  const letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS]);
  const flat = rng.chance(0.12);
  return {
    line1: `${flat ? `Flat ${rng.int(1, 12)}, ` : ''}${rng.int(1, 140)} ${rng.pick(STREET_STEMS)} ${rng.pick(STREET_KINDS)}`,
    ...(town.locality ? { line2: town.locality } : {}),
    town: town.postTown,
    county: 'Kent',
    postcode: `${district} ${rng.int(1, 9)}${letters}`,
  };
}

/** Ofcom drama ranges: 07700 900000–900999 and 01632 960000–960999 are never allocated. */
function phone(rng: Rng, mobile: boolean): string {
  return mobile ? `07700 900${pad(rng.int(0, 999), 3)}` : `01632 960${pad(rng.int(0, 999), 3)}`;
}

function email(rng: Rng, forename: string, surname: string): string {
  const local = `${forename}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${local}${rng.int(1, 99)}@${rng.pick(['example.com', 'example.net', 'example.org'])}`;
}

function makeCarers(rng: Rng, surname: string, home: DemoAddress, cic: boolean, kind: KindProfile): DemoCarer[] {
  const surnames = kind.surnames;
  const carer = (
    priority: number, title: string, forename: string, sname: string, relationship: string,
    pr: boolean, lives: boolean, address: DemoAddress,
  ): DemoCarer => ({
    priority, title, forename, surname: sname, relationship, parentalResponsibility: pr, livesWithPupil: lives,
    address, phone: phone(rng, priority === 1 || rng.chance(0.8)), email: email(rng, forename, sname),
  });
  if (cic) {
    // A child in care lives with foster carers (no parental responsibility; the LA shares it with the parent).
    const fosterSurname = rng.pick(surnames);
    return [
      carer(1, rng.pick(['Mrs', 'Ms']), rng.pick(GIRLS_NAMES), fosterSurname, 'Foster carer', false, true, home),
      carer(2, 'Ms', rng.pick(GIRLS_NAMES), surname, 'Mother', true, false, makeAddress(rng, kind)),
    ];
  }
  const roll = rng.next();
  const mother = () => carer(1, rng.pick(['Mrs', 'Ms', 'Miss']), rng.pick(GIRLS_NAMES), surname, 'Mother', true, true, home);
  if (roll < 0.45) {
    return [mother(), carer(2, 'Mr', rng.pick(BOYS_NAMES), surname, 'Father', true, true, home)];
  }
  if (roll < 0.65) return [mother()];
  if (roll < 0.78) {
    // Separated parents: the father keeps parental responsibility but lives elsewhere.
    return [mother(), carer(2, 'Mr', rng.pick(BOYS_NAMES), rng.chance(0.5) ? surname : rng.pick(surnames), 'Father', true, false, makeAddress(rng, kind))];
  }
  if (roll < 0.88) {
    return [mother(), carer(2, 'Mr', rng.pick(BOYS_NAMES), rng.pick(surnames), 'Step-father', false, true, home)];
  }
  if (roll < 0.94) return [carer(1, 'Mr', rng.pick(BOYS_NAMES), surname, 'Father', true, true, home)];
  // Kinship care under a special guardianship order: the grandparent holds parental responsibility.
  return [carer(1, 'Mrs', rng.pick(GIRLS_NAMES), surname, 'Grandmother', true, true, home)];
}

export interface IdentityOptions {
  seed: number;
  startYear: number;
  kind?: KindProfile;
}

export function generateIdentities({ seed, startYear, kind = KINDS.secondary }: IdentityOptions, groups: DemoGroup[]): PupilIdentity[] {
  const rng = createRng(seed, 'identities');
  const usedArbor = new Set<number>();
  const usedUpn = new Set<string>();
  const pupils: PupilIdentity[] = [];
  let arborNext = 40_000 + rng.int(0, 900);
  groups.forEach((group) => {
    for (let k = 0; k < PUPILS_PER_GROUP; k++) {
      const index = pupils.length + 1;
      pupils.push(makeIdentity(rng, index, group, startYear, () => {
        arborNext += rng.int(1, 37);
        while (usedArbor.has(arborNext)) arborNext++;
        usedArbor.add(arborNext);
        return arborNext;
      }, usedUpn, KENT_LA, kind));
    }
  });
  return pupils;
}

export function makeIdentity(
  rng: Rng, index: number, group: DemoGroup, startYear: number, nextArborId: () => number, usedUpn: Set<string>,
  upnLa = KENT_LA, kind: KindProfile = KINDS.secondary,
): PupilIdentity {
  const sex: 'M' | 'F' = rng.chance(0.5) ? 'F' : 'M';
  const eal = rng.chance(0.14);
  const legalForename = rng.pick(sex === 'F' ? GIRLS_NAMES : BOYS_NAMES);
  const legalSurname = rng.pick(kind.surnames);
  const cic = rng.chance(0.012);
  const address = makeAddress(rng, kind);
  const fsm = rng.chance(0.24);
  const senRoll = rng.next();
  const sen: SenStatus = senRoll < 0.035 ? 'ehcp' : senRoll < 0.16 ? 'support' : 'none';
  // UPNs are allocated by the primary school at reception entry: NC year n started reception n years ago.
  // At the demo primary that is the school itself (a pupil from another LA got theirs elsewhere).
  const receptionYear = startYear - group.ncYear;
  const ownUpns = kind.upnEstablishment !== undefined && upnLa === KENT_LA;
  let upn = '';
  do {
    upn = makeUpn(upnLa, ownUpns ? (kind.upnEstablishment as number) : rng.pick(FEEDER_PRIMARIES), receptionYear, rng.int(1, 999));
  } while (usedUpn.has(upn));
  usedUpn.add(upn);
  const preferred = rng.chance(0.06) ? legalForename.slice(0, 3) + (sex === 'F' ? 'ie' : 'y') : legalForename;
  return {
    id: `p${pad(index, 3)}`,
    arborId: nextArborId(),
    bromcomId: 100 + index * 3 + rng.int(0, 2),
    // Admission number: two digits of the entry year, then a running number.
    admissionNumber: pad((startYear - group.ncYear + kind.entryYear) % 100, 2) + pad(index, 4),
    upn,
    legalForename,
    middleNames: rng.chance(0.6) ? rng.pick(MIDDLE_NAMES) : '',
    legalSurname,
    preferredForename: preferred,
    sex,
    dob: dobFor(rng, group.ncYear, startYear),
    ncYear: group.ncYear,
    regGroup: group.id,
    ethnicity: weighted(rng, ETHNICITIES).label,
    homeLanguage: eal ? rng.pick(EAL_LANGUAGES) : 'English',
    address,
    carers: makeCarers(rng, legalSurname, address, cic, kind),
    fsm,
    pupilPremium: fsm || cic || rng.chance(0.05),
    sen,
    eal,
    cic,
  };
}
