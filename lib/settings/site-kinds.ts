// zod/mini: read by the options page, the popup and the background.
import { z } from 'zod/mini';
import { checkedBy, defineSetting } from './setting';
import { SETTING_KEYS } from './keys';
import type { SiteKind, SiteKindTable } from '../sites/site-kind';

/**
 * The kind of each site the user added by hand (lib/sites/site-kind.ts): an MIS, or a referral-form
 * site. Addresses only, never pupil data; in backups like every setting.
 */
export interface SiteKinds {
  version: 1;
  sites: SiteKindTable;
}

export const EMPTY_SITE_KINDS: SiteKinds = { version: 1, sites: {} };

// `https://host/*` or `http://localhost/*`: the pattern a site is granted by.
const pattern = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^/*]+\/\*$/));
const schema = z.object({
  version: z.literal(1),
  sites: z.record(pattern, z.enum(['mis', 'form'])),
});

export const siteKindsSetting = defineSetting(SETTING_KEYS.siteKinds, {
  version: 1,
  parse: checkedBy(schema, () => structuredClone(EMPTY_SITE_KINDS), 'site kinds'),
});

/** Sets (or with null, forgets) one site's kind. */
export async function setSiteKind(pattern: string, kind: SiteKind | null): Promise<void> {
  const now = await siteKindsSetting.get();
  const sites = { ...now.sites };
  if (kind) sites[pattern] = kind;
  else delete sites[pattern];
  await siteKindsSetting.set({ version: 1, sites });
}
