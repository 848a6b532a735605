/** Kent DFD pathway: invite a KPAS officer to a formal attendance meeting. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-formal-attendance-meeting',
  title: 'Kent DFD: formal attendance meeting',
  recognise: { title: /formal attendance meeting/i, fields: [/date of the meeting|meeting date/i, /possible sessions/i, /first name/i] },
  rules: [
    { label: /proposed date of the meeting|meeting date/i, key: 'support.formal_meeting_date' },
    { label: /proposed time|venue/i, key: null, why: 'meeting arrangements: yours to give' },
    { label: /enforcement being considered/i, key: null, why: 'a judgement for the school: yours to answer' },
    { label: /champion attend/i, key: null, why: 'yours to answer' },
  ],
});
