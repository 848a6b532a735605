/**
 * The two kinds of demo school. The demo serves one of each, one per MIS style, so a user who opens
 * both sees two schools: different names, URNs, families, classes and year groups (Y7–Y11 at the
 * secondary, Y1–Y6 at the primary), never one pupil twice.
 *
 * Reception is left out of the primary on purpose: every pupil shown is of compulsory school age,
 * so no `X` (not of compulsory school age) marks blur the figures.
 */
import { FEEDER_PRIMARIES, PRIMARY_SURNAMES, PRIMARY_TEACHERS, SURNAMES, TOWNS, TUTORS, type TownInfo } from './names';
import type { DemoSchoolInfo } from './types';

export type SchoolKind = 'secondary' | 'primary';

export const KENT_LA = 886;

export interface KindProfile {
  kind: SchoolKind;
  info: DemoSchoolInfo;
  /** National curriculum years taught, youngest first. */
  years: readonly number[];
  groupsPerYear: number;
  /** Tutors in group order (year by year); a group's id is its year and its tutor's initials. */
  tutors: readonly { title: string; forename: string; surname: string }[];
  surnames: readonly string[];
  towns: readonly TownInfo[];
  /** The NC year pupils join in: 7 at the secondary, 0 (reception) at the primary. */
  entryYear: number;
  /** Establishment that allocated the pupils' UPNs; undefined: one of the Kent feeder primaries. */
  upnEstablishment?: number;
  /** The year group of the scripted mid-year joiner and of the day trip. */
  joinerYear: number;
  tripYear: number;
}

export const DEMO_SCHOOL_INFO: DemoSchoolInfo = {
  name: 'Hawkridge Academy (demo)',
  urn: '990001',
  laCode: KENT_LA,
  establishmentNumber: 4999,
  dfeNumber: `${KENT_LA}/4999`,
  address: { line1: '1 Hawkridge Way', town: 'Ashford', county: 'Kent', postcode: 'TN23 9ZZ' },
  phone: '01632 960001',
  email: 'office@hawkridge.example',
  headteacher: 'Mrs J. Ellingham',
  attendanceLead: { name: 'Mr Tom Verrall', role: 'Senior Attendance Champion', email: 't.verrall@hawkridge.example', phone: '01632 960002' },
};

export const DEMO_PRIMARY_INFO: DemoSchoolInfo = {
  name: 'Foxhole Down Primary School (demo)',
  urn: '990002',
  laCode: KENT_LA,
  establishmentNumber: 2998,
  dfeNumber: `${KENT_LA}/2998`,
  address: { line1: '2 Foxhole Lane', line2: 'Hawkinge', town: 'Folkestone', county: 'Kent', postcode: 'CT18 9ZZ' },
  phone: '01632 960101',
  email: 'office@foxholedown.example',
  headteacher: 'Mr D. Pemble',
  attendanceLead: { name: 'Mrs Alison Keeler', role: 'Family Liaison Officer', email: 'a.keeler@foxholedown.example', phone: '01632 960102' },
};

/** The primary is near Folkestone; its families live in the town and the villages around it. */
const PRIMARY_TOWNS: readonly TownInfo[] = [
  { locality: 'Hawkinge', postTown: 'Folkestone', districts: ['CT18'] },
  { locality: 'Hawkinge', postTown: 'Folkestone', districts: ['CT18'] },
  { locality: '', postTown: 'Folkestone', districts: ['CT19', 'CT20'] },
  { locality: 'Cheriton', postTown: 'Folkestone', districts: ['CT19', 'CT20'] },
  { locality: 'Densole', postTown: 'Folkestone', districts: ['CT18'] },
  { locality: 'Lyminge', postTown: 'Folkestone', districts: ['CT18'] },
];

export const KINDS: Record<SchoolKind, KindProfile> = {
  secondary: {
    kind: 'secondary',
    info: DEMO_SCHOOL_INFO,
    years: [7, 8, 9, 10, 11],
    groupsPerYear: 2,
    tutors: TUTORS,
    surnames: SURNAMES,
    towns: TOWNS,
    entryYear: 7,
    joinerYear: 8,
    tripYear: 9,
  },
  primary: {
    kind: 'primary',
    info: DEMO_PRIMARY_INFO,
    years: [1, 2, 3, 4, 5, 6],
    groupsPerYear: 1,
    tutors: PRIMARY_TEACHERS,
    surnames: PRIMARY_SURNAMES,
    towns: PRIMARY_TOWNS,
    entryYear: 0,
    upnEstablishment: 2998,
    joinerYear: 4,
    tripYear: 5,
  },
};

export { FEEDER_PRIMARIES };
