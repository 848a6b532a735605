import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEMO_ORIGINS, KNOWN_SITES, originPattern } from '../../lib/sites/known-sites';
import { defaultSiteKind, type SiteKind, type SiteKindTable } from '../../lib/sites/site-kind';
import { referralFormsSetting } from '../../lib/settings/referral-forms';
import { setSiteKind, siteKindsSetting } from '../../lib/settings/site-kinds';

const KIND_TEXT: Record<SiteKind, string> = { mis: 'MIS (registers are read)', form: 'Referral forms (prefill panel)' };

/**
 * Which sites Attendance Lens may read. Each is asked for from this page, by the user's click
 * (browsers only show a permission prompt from a user gesture), and can be taken back here. A site
 * added by hand is an MIS (its registers are read) or a referral-form site (the prefill panel opens
 * there on the user's click, nothing is read): chosen when it is added, changed here.
 */
export function SitesSection() {
  const [granted, setGranted] = useState<string[]>([]);
  const [kinds, setKinds] = useState<SiteKindTable>({});
  const [formAddresses, setFormAddresses] = useState<string[]>([]);
  const [custom, setCustom] = useState('');
  // What the user picked for the site being added; until they pick, the kind follows the address.
  const [pickedKind, setPickedKind] = useState<SiteKind | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = async () => setGranted((await browser.permissions.getAll()).origins ?? []);
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    const stop = new AbortController();
    void siteKindsSetting.get().then((k) => setKinds(k.sites));
    siteKindsSetting.watch((k) => setKinds(k.sites), stop.signal);
    const addresses = (f: { pathways: Record<string, string>; others: { url: string }[] }) => [...Object.values(f.pathways), ...f.others.map((o) => o.url)];
    void referralFormsSetting.get().then((f) => setFormAddresses(addresses(f)));
    referralFormsSetting.watch((f) => setFormAddresses(addresses(f)), stop.signal);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
      stop.abort();
    };
  }, []);

  const allow = async (label: string, origins: string[]): Promise<boolean> => {
    try {
      const ok = await browser.permissions.request({ origins });
      setMessage(ok ? { kind: 'ok', text: `${label}: allowed.` } : { kind: 'error', text: `${label}: not allowed (the request was declined).` });
      await refresh();
      return ok;
    } catch (e) {
      setMessage({ kind: 'error', text: `${label}: ${(e as Error).message}` });
      await refresh();
      return false;
    }
  };
  const remove = async (label: string, origins: string[]) => {
    // The demo origins cannot be given back (they come with the extension): only their kind is forgotten.
    const grantable = origins.filter((o) => !DEMO_ORIGINS.includes(o));
    if (grantable.length) await browser.permissions.remove({ origins: grantable });
    for (const o of origins) if (kinds[o]) await setSiteKind(o, null);
    setMessage({ kind: 'ok', text: grantable.length ? `${label}: access removed. Attendance Lens will no longer read it.` : `${label}: back to the bundled demo.` });
    await refresh();
  };
  const changeKind = async (pattern: string, kind: SiteKind) => {
    await setSiteKind(pattern, kind);
    setMessage({ kind: 'ok', text: `${host(pattern)}: now ${kind === 'form' ? 'a referral-form site' : 'an MIS'}.` });
  };

  const isKnown = (o: string) => KNOWN_SITES.some((s) => s.origins.includes(o));
  // Hand-added sites: granted ones, and the demo origins when the user gave them a kind.
  const customOrigins = [
    ...granted.filter((o) => !isKnown(o) && !DEMO_ORIGINS.includes(o) && o !== 'https://*/*'),
    ...DEMO_ORIGINS.filter((o) => kinds[o]),
  ];
  const typed = originPattern(custom.trim());
  const newKind: SiteKind = pickedKind ?? (typed ? defaultSiteKind(typed, formAddresses) : 'mis');

  return (
    <div>
      <p>
        Attendance Lens reads only the sites you allow here. The demo MIS on this computer (localhost) is always allowed.
      </p>
      <table>
        <caption class="visually-hidden">Sites</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Addresses</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col"><span class="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {KNOWN_SITES.map((site) => {
            const allowed = site.origins.every((o) => granted.includes(o));
            return (
              <tr key={site.id}>
                <th scope="row">{site.label}</th>
                <td><code>{site.origins.join(', ')}</code></td>
                <td>{KIND_TEXT[site.kind === 'la-form' ? 'form' : 'mis']}</td>
                <td>{allowed ? 'Allowed' : 'Not allowed'}</td>
                <td>
                  {allowed ? (
                    <button type="button" class="secondary" onClick={() => void remove(site.label, site.origins)} aria-label={`Remove access to ${site.label}`}>Remove</button>
                  ) : (
                    <button type="button" onClick={() => void allow(site.label, site.origins)} aria-label={`Allow ${site.label}`}>Allow</button>
                  )}
                </td>
              </tr>
            );
          })}
          {customOrigins.map((o) => (
            <tr key={o}>
              <th scope="row">{host(o)}</th>
              <td><code>{o}</code></td>
              <td>
                <select aria-label={`Kind of ${host(o)}`} value={kinds[o] ?? 'mis'} onChange={(e) => void changeKind(o, e.currentTarget.value as SiteKind)}>
                  <option value="mis">{KIND_TEXT.mis}</option>
                  <option value="form">{KIND_TEXT.form}</option>
                </select>
              </td>
              <td>Allowed</td>
              <td><button type="button" class="secondary" onClick={() => void remove(host(o), [o])} aria-label={`Remove ${host(o)}`}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const pattern = originPattern(custom.trim());
          const local = !!pattern && DEMO_ORIGINS.includes(pattern);
          if (!pattern || (!pattern.startsWith('https://') && !local)) {
            setMessage({ kind: 'error', text: 'Enter the full https address of the site, e.g. https://myschool.example-mis.co.uk/' });
            return;
          }
          const kind = newKind;
          // The permission is asked in the click itself (a user gesture); the kind is written meanwhile,
          // long before the prompt is answered, and the background routes the site by it.
          const asked = local ? Promise.resolve(true) : allow(host(pattern), [pattern]);
          void Promise.all([asked, setSiteKind(pattern, kind)])
            .then(async ([ok]) => {
              if (local) setMessage({ kind: 'ok', text: `${host(pattern)}: ${kind === 'form' ? 'a referral-form site' : 'an MIS'}.` });
              if (!ok && !granted.includes(pattern)) await setSiteKind(pattern, null);
              setCustom('');
              setPickedKind(null);
            });
        }}
      >
        <div class="field">
          <label for="custom-site">Another site’s address</label>{' '}
          <input id="custom-site" type="url" placeholder="https://…" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
        </div>
        <fieldset>
          <legend>This site is</legend>
          {(['mis', 'form'] as const).map((k) => (
            <div key={k}>
              <label>
                <input type="radio" name="custom-site-kind" value={k} checked={newKind === k} onChange={() => setPickedKind(k)} /> {k === 'mis' ? 'your MIS: read its registers' : 'a referral form site: open the prefill panel there when I ask'}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">Allow this site</button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind === 'error' ? 'problem' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}

function host(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}
