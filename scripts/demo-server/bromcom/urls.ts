/** Bromcom-style URLs: ASP.NET WebForms pages under /bromcom/Nucleus/UI/Areas/…, dates as dd/mm/yyyy. */
import { ukDate } from '../html';
import type { Session } from '../../../lib/demo/types';

const BASE = '/bromcom/Nucleus/UI/Areas';
export const BROMCOM_HOME = `${BASE}/Framework/Home.aspx`;
export const TAKE_REGISTER_PATH = `${BASE}/Attendance/TakeRegister.aspx`;
export const MANAGE_ATTENDANCE_PATH = `${BASE}/Attendance/ManageAttendance.aspx`;
export const STUDENT_DETAILS_PATH = `${BASE}/Students/StudentDetails.aspx`;
export const STUDENT_LIST_PATH = `${BASE}/People/StudentList.aspx`;

const q = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/%2F/g, '/');

export const takeRegisterUrl = (group: string, date: string, session: Session) =>
  `${TAKE_REGISTER_PATH}?${q({ TutorGroup: group, Date: ukDate(date), Session: session })}`;
export const manageAttendanceUrl = (group: string, monday: string) => `${MANAGE_ATTENDANCE_PATH}?${q({ TutorGroup: group, WeekStart: ukDate(monday) })}`;
export const studentDetailsUrl = (bromcomId: number) => `${STUDENT_DETAILS_PATH}?StudentIDs=${bromcomId}`;
export const studentListUrl = (group?: string) => `${STUDENT_LIST_PATH}${group ? `?${q({ TutorGroup: group })}` : ''}`;
