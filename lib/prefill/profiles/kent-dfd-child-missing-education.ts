/** Kent DFD pathway 2: notify of a potential child missing education. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-child-missing-education',
  title: 'Kent DFD: potential child missing education',
  recognise: { title: /child missing (from )?education|\bcme\b/i, fields: [/first name/i, /last attended/i, /enquiries/i] },
  rules: [
    { label: /last attended/i, key: 'att.last_attended_date' },
    { label: /first day of the current absence|first day of absence/i, key: 'att.first_absence_date' },
    { label: /consecutive/i, key: 'att.consecutive_absence_days' },
    { label: /outcome of enquiries|details of enquiries/i, key: 'cme.enquiries_made' },
    { label: /enquiries made so far/i, key: null, why: 'which enquiries were made: yours to tick' },
    { label: /forwarding address/i, key: null, why: 'not held: yours to answer' },
    { label: /social care\?/i, key: null, why: 'not held: yours to answer' },
  ],
});
