/** Kent DFD pathway: request a penalty notice (readiness checks are shown beside it). */
import { defineProfile } from '../profile';

export default defineProfile({
  id: 'kent-dfd-penalty-notice',
  title: 'Kent DFD: penalty notice request',
  recognise: { title: /penalty notice/i, fields: [/last 100/i, /^reason/i, /notice to improve/i, /first name/i] },
  rules: [
    { label: /last 100/i, key: 'att.unauth_last_100' },
    { label: /^reason/i, key: 'pn.reason', section: /reason/i },
    { label: /coded g\b/i, key: 'att.code_count.G' },
    { label: /coded u\b|late after the register closed/i, key: 'att.late_after_close' },
    { label: /^holiday: (first|last) day/i, key: null, why: 'the holiday dates: check them against the register and the leave request' },
    { label: /ask for leave/i, key: null, why: 'not held: yours to answer' },
    { label: /during the notice to improve/i, key: null, why: 'count them for the notice period you used: not computed here' },
    { label: /sibling/i, key: null, why: 'not held: yours to answer' },
  ],
});
