import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KNOWN_SITES, originPattern } from '../../lib/sites/known-sites';

/**
 * Which sites Attendance Lens may read. Each is asked for from this page, by the user's click
 * (browsers only show a permission prompt from a user gesture), and can be taken back here.
 */
export function SitesSection() {
  const [granted, setGranted] = useState<string[]>([]);
  const [custom, setCustom] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = async () => setGranted((await browser.permissions.getAll()).origins ?? []);
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  const allow = async (label: string, origins: string[]) => {
    try {
      const ok = await browser.permissions.request({ origins });
      setMessage(ok ? { kind: 'ok', text: `${label}: allowed.` } : { kind: 'error', text: `${label}: not allowed (the request was declined).` });
    } catch (e) {
      setMessage({ kind: 'error', text: `${label}: ${(e as Error).message}` });
    }
    await refresh();
  };
  const remove = async (label: string, origins: string[]) => {
    await browser.permissions.remove({ origins });
    setMessage({ kind: 'ok', text: `${label}: access removed. Attendance Lens will no longer read it.` });
    await refresh();
  };

  const customOrigins = granted.filter((o) => !KNOWN_SITES.some((s) => s.origins.includes(o)) && !o.startsWith('http://localhost') && !o.startsWith('http://127.0.0.1'));

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
            <th scope="col">Status</th>
            <th scope="col"><span class="visually-hidden">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {KNOWN_SITES.map((site) => {
            const allowed = site.origins.every((o) => granted.includes(o));
            return (
              <tr key={site.id}>
                <th scope="row">{site.label}{site.kind === 'la-form' ? ' (referral forms)' : ''}</th>
                <td><code>{site.origins.join(', ')}</code></td>
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
              <th scope="row">{o.replace(/^https?:\/\//, '').replace(/\/\*$/, '')}</th>
              <td><code>{o}</code></td>
              <td>Allowed</td>
              <td><button type="button" class="secondary" onClick={() => void remove(o, [o])} aria-label={`Remove access to ${o}`}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const pattern = originPattern(custom.trim());
          if (!pattern || !pattern.startsWith('https://')) {
            setMessage({ kind: 'error', text: 'Enter the full https address of your MIS, e.g. https://myschool.example-mis.co.uk/' });
            return;
          }
          void allow(pattern, [pattern]).then(() => setCustom(''));
        }}
      >
        <label for="custom-site">Another MIS address</label>{' '}
        <input id="custom-site" type="url" placeholder="https://…" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />{' '}
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
