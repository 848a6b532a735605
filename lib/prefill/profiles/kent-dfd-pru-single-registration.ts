/** Kent DFD pathway: request single registration at a Pupil Referral Unit. */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-pru-single-registration',
  title: 'Kent DFD: single registration at a PRU',
  recognise: { title: /single registration|pupil referral unit/i, fields: [/criteria/i, /preferred pru/i, /first name/i] },
  rules: [
    { label: /criteria/i, key: null, why: 'which criteria apply: yours to tick' },
    { label: /preferred pru|proposed start date|current placement|single registration is needed/i, key: null, why: 'not held: yours to give' },
  ],
});
