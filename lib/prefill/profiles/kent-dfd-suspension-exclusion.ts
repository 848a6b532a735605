/** Kent DFD pathway 1: notify of a suspension or permanent exclusion. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-suspension-exclusion',
  title: 'Kent DFD: suspension or permanent exclusion',
  recognise: { title: /notify .*suspension|permanent exclusion/i, fields: [/first name/i, /surname/i, /^type\b|type of (suspension|exclusion)/i, /first day|start date|date of (suspension|exclusion)/i] },
  rules: [
    { label: /^type\b|type of (suspension|exclusion)/i, key: 'excl.type' },
    { label: /first day of the (suspension|exclusion)|start date/i, key: 'excl.start_date' },
    { label: /number of (school )?days/i, key: 'excl.days' },
    { label: /lunchtime/i, key: null, why: 'lunchtime suspension: yours to answer (not held)' },
    { label: /reason/i, key: null, why: 'the reason is a judgement for the school: yours to choose' },
    { label: /parents were told|told in writing/i, key: null, why: 'the date parents were told is not held' },
    { label: /virtual school|social worker.*told/i, key: null, why: 'yours to answer' },
  ],
});
