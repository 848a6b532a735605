/** Kent DFD pathway: notify of a deletion from the admission register. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-deletion-from-register',
  title: 'Kent DFD: deletion from the admission register',
  recognise: { title: /deletion from (the )?admissions? register|off[- ]rolling/i, fields: [/ground for deletion|reason for deletion/i, /date of deletion/i, /first name/i] },
  rules: [
    { label: /ground for deletion|reason for deletion/i, key: 'deletion.ground' },
    { label: /date of deletion/i, key: 'deletion.date' },
    { label: /destination school/i, key: 'deletion.destination_school' },
    { label: /destination local authority/i, key: null, why: 'not held: yours to answer' },
    { label: /new address/i, key: null, why: 'the new address is not held: yours to give' },
    { label: /person the pupil will live with/i, key: null, why: 'not held: yours to give' },
    { label: /will live there/i, key: null, why: 'not held: yours to give' },
    { label: /home education notice/i, key: null, why: 'not held: yours to give' },
  ],
});
