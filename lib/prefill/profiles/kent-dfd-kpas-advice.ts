/** Kent DFD pathway: request KPAS advice or involvement (KCC professionals). */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-kpas-advice',
  title: 'Kent DFD: KPAS or PIAS advice',
  recognise: { title: /(kpas|pias) advice/i, fields: [/first name/i, /advice or involvement/i] },
  rules: [
    { label: /team or service/i, key: null, why: 'not held: yours to give' },
    { label: /school the pupil attends/i, key: 'school.name' },
    { label: /advice or involvement/i, key: null, why: 'your question for the service: yours to write' },
  ],
});
