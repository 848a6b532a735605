/** Kent DFD pathway: notify of a part-time timetable. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-part-time-timetable',
  title: 'Kent DFD: part-time timetable',
  recognise: { title: /part[- ]time timetable/i, fields: [/start date/i, /hours/i, /first name/i] },
  rules: [
    { label: /^start date/i, key: 'ptt.start_date' },
    { label: /end date/i, key: 'ptt.end_date' },
    { label: /review date/i, key: 'ptt.review_date' },
    { label: /hours/i, key: 'ptt.hours_per_week' },
    { label: /^reason/i, key: 'ptt.reason' },
    { label: /parent agreed|parental consent/i, key: 'ptt.parent_consent' },
    { label: /risk assessment/i, key: null, why: 'yours to confirm' },
    { label: /social care\?/i, key: null, why: 'not held: yours to answer' },
  ],
});
