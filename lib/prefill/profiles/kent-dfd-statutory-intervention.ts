/** Kent DFD pathway: request statutory attendance intervention. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-statutory-intervention',
  title: 'Kent DFD: statutory attendance intervention',
  recognise: { title: /statutory (attendance )?intervention/i, fields: [/attendance contract/i, /support provided/i, /possible sessions/i] },
  rules: [
    { label: /attendance contract/i, key: 'support.attendance_contract' },
    { label: /formal attendance meeting/i, key: 'support.formal_meeting_date' },
    { label: /early help/i, key: 'support.early_help' },
    { label: /support provided/i, key: 'support.summary' },
  ],
});
