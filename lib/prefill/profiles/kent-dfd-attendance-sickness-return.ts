/** Kent DFD: termly attendance or sickness return (several pupils in rows, "Add another pupil"). */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-attendance-sickness-return',
  title: 'Kent DFD: attendance or sickness return',
  multiPupil: true,
  recognise: { title: /attendance (or|and) sickness return|sickness return/i, fields: [/academic year/i, /term/i, /first name/i, /surname/i] },
  rules: [
    { label: /academic year/i, key: null, why: 'the return period is yours to choose' },
    { label: /^term\b/i, key: null, why: 'the return period is yours to choose' },
    { label: /nil return/i, key: null, why: 'yours to tick when there are no pupils' },
    { label: /return type/i, key: null, why: 'which criterion the pupil met: yours to choose' },
    { label: /absent (from|to)/i, key: null, why: 'the absence dates for this return: check them against the register' },
  ],
});
