// zod/mini: read by the options page, the dashboard's referral chooser and the background.
import { z } from 'zod/mini';
import { checkedBy, defineSetting } from './setting';
import { SETTING_KEYS } from './keys';

/**
 * Where the school's referral forms are: the address of each Kent Digital Front Door pathway (by
 * form profile id) and any other form the user keeps. "Start a referral" offers these. Addresses
 * only, never pupil data.
 */
export interface ReferralForms {
  version: 1;
  /** Form profile id (lib/prefill/profiles) → the https address of that pathway's form. */
  pathways: Record<string, string>;
  others: { title: string; url: string }[];
}

export const EMPTY_REFERRAL_FORMS: ReferralForms = { version: 1, pathways: {}, others: [] };

const address = z.string().check(z.maxLength(2000));
const schema = z.object({
  version: z.literal(1),
  pathways: z.record(z.string(), address),
  others: z.array(z.object({ title: z.string().check(z.minLength(1), z.maxLength(200)), url: address })).check(z.maxLength(100)),
});

export const referralFormsSetting = defineSetting(SETTING_KEYS.referralForms, {
  version: 1,
  parse: checkedBy(schema, () => structuredClone(EMPTY_REFERRAL_FORMS), 'referral form addresses'),
});

/** What is wrong with an address a user typed for a form, or null: an https page (http only on this computer, for the demo). */
export function formAddressProblem(text: string): string | null {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return 'Enter the full address of the form, starting https://';
  }
  const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) return 'The form’s address must start https://';
  return null;
}
