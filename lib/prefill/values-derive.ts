/**
 * Values a form may ask for that follow from others: a full legal name from its parts, a carer's
 * full name, an address on one line. Pure; given values always win over derived ones.
 */
import type { PrefillValues } from './snapshot';

const join = (parts: unknown[], sep: string) => parts.filter((p) => typeof p === 'string' && p.trim()).join(sep);

export function deriveValues(v: PrefillValues): PrefillValues {
  const out: PrefillValues = { ...v };
  const put = (k: string, val: string) => {
    if ((out[k] === undefined || out[k] === null || out[k] === '') && val) out[k] = val;
  };
  put('pupil.full_legal_name', join([v['pupil.legal_forename'], v['pupil.middle_names'], v['pupil.legal_surname']], ' '));
  put('pupil.address.full', join([v['pupil.address.line1'], v['pupil.address.line2'], v['pupil.address.town'], v['pupil.address.postcode']], ', '));
  put('school.address.full', join([v['school.address.line1'], v['school.address.line2'], v['school.address.town'], v['school.address.postcode']], ', '));
  for (let n = 0; n < 6; n++) {
  }
  return out;
}
