/**
 * The shape of the synthetic demo school. Plain JSON data only (no Dates, no Maps), so the whole
 * school can be compared with JSON.stringify, sent as a message, or written to a fixture.
 * Dates are ISO calendar dates `YYYY-MM-DD`.
 */
export type Session = 'AM' | 'PM';

/** One statutory register mark, in the shape the engine and the store take. */
export interface SessionMark {
  date: string;
  session: Session;
  code: string;
}

export interface LateMinutes {
  date: string;
  session: Session;
  minutes: number;
}

export interface DemoAddress {
  line1: string;
  line2?: string;
  town: string;
  county: string;
  postcode: string;
}

export interface DemoCarer {
  /** Contact priority order, 1 first. */
  priority: number;
  title: string;
  forename: string;
  surname: string;
  relationship: string;
  parentalResponsibility: boolean;
  livesWithPupil: boolean;
  address: DemoAddress;
  phone: string;
  email: string;
}

export type SenStatus = 'none' | 'support' | 'ehcp';

/** What the generator meant this pupil's year to look like; tests use it, pages never show it. */
export type AttendanceStory =
  | 'regular'
  | 'persistent'
  | 'severe'
  | 'part-time-timetable'
  | 'missing-education'
  | 'long-illness'
  | 'suspended'
  | 'holiday'
  | 'joiner'
  | 'leaver';

export interface DemoPupil {
  /** Stable internal id (`p001`…), the key the demo server and tests use. */
  id: string;
  /** Arbor-like numeric student id. */
  arborId: number;
  /** Bromcom-like StudentID (a smaller integer) and 6-digit admission number. */
  bromcomId: number;
  admissionNumber: string;
  upn: string;
  legalForename: string;
  middleNames: string;
  legalSurname: string;
  preferredForename: string;
  sex: 'M' | 'F';
  dob: string;
  /** National curriculum year, 7–11. */
  ncYear: number;
  regGroup: string;
  ethnicity: string;
  homeLanguage: string;
  address: DemoAddress;
  carers: DemoCarer[];
  fsm: boolean;
  pupilPremium: boolean;
  sen: SenStatus;
  eal: boolean;
  cic: boolean;
  admissionDate: string;
  leavingDate: string | null;
  stories: AttendanceStory[];
  /** In date then AM-before-PM order; only school days from admission (or the year's start) to asOf. */
  marks: SessionMark[];
  lateMinutes: LateMinutes[];
}

export interface DemoGroup {
  id: string;
  ncYear: number;
  tutor: string;
  room: string;
}

export interface DemoTerm {
  name: string;
  start: string;
  end: string;
}

export interface DemoSchoolInfo {
  name: string;
  urn: string;
  laCode: number;
  establishmentNumber: number;
  /** LA/establishment, e.g. 886/4921. */
  dfeNumber: string;
  address: DemoAddress;
  phone: string;
  email: string;
  headteacher: string;
  attendanceLead: { name: string; role: string; email: string; phone: string };
}

export interface DemoClosure {
  date: string;
  code: string;
  reason: string;
}

export interface DemoSchool {
  seed: number;
  asOf: string;
  academicYear: string;
  school: DemoSchoolInfo;
  /** The calendar the marks were generated on (Kent terms; in-term bank holidays as closures). */
  calendar: { terms: DemoTerm[]; closures: string[] };
  /** Whole-school days inside terms with the same mark for everyone: INSET (`#`) and a snow day (`Y4`). */
  wholeSchoolDays: DemoClosure[];
  groups: DemoGroup[];
  pupils: DemoPupil[];
}
