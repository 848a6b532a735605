/** Kent DFD pathway: request inclusion / exclusion intervention advice. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-exclusion-advice',
  title: 'Kent DFD: inclusion or exclusion advice',
  recognise: { title: /(exclusion|inclusion) (intervention )?advice/i, fields: [/advice about/i, /first name/i] },
  rules: [
    { label: /advice about/i, key: null, why: 'your question for the service: yours to write' },
    { label: /days suspended/i, key: null, why: 'suspensions are not held by Attendance Lens' },
    { label: /part-time timetable\?|managed move/i, key: null, why: 'not held: yours to answer' },
  ],
});
