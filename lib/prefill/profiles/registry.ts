/** Every known form profile, one file each (the id is the file name). The registry test checks the folder against this list. */
import type { FormProfile } from '../profile';
import attendanceSicknessReturn from './kent-dfd-attendance-sickness-return';
import childMissingEducation from './kent-dfd-child-missing-education';
import deletionFromRegister from './kent-dfd-deletion-from-register';
import exclusionAdvice from './kent-dfd-exclusion-advice';
import formalAttendanceMeeting from './kent-dfd-formal-attendance-meeting';
import kpasAdvice from './kent-dfd-kpas-advice';
import partTimeTimetable from './kent-dfd-part-time-timetable';
import penaltyNotice from './kent-dfd-penalty-notice';
import pruSingleRegistration from './kent-dfd-pru-single-registration';
import statutoryIntervention from './kent-dfd-statutory-intervention';
import suspensionExclusion from './kent-dfd-suspension-exclusion';

export const PROFILES: readonly FormProfile[] = [
  suspensionExclusion, childMissingEducation, attendanceSicknessReturn, deletionFromRegister, partTimeTimetable,
  formalAttendanceMeeting, penaltyNotice, statutoryIntervention, exclusionAdvice, pruSingleRegistration, kpasAdvice,
];
