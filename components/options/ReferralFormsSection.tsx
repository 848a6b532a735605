import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PROFILES } from '../../lib/prefill/profiles/registry';
import { formAddressProblem, referralFormsSetting, type ReferralForms } from '../../lib/settings/referral-forms';
import { DEMO_ORIGINS, originPattern } from '../../lib/sites/known-sites';
import { setSiteKind } from '../../lib/settings/site-kinds';

/**
 * Where the school's referral forms are, so "Start a referral" (register panel, dashboard) can open
 * them: the address of each Kent Digital Front Door pathway, and any other form. A form's site must
 * also be allowed (Sites) for the prefill panel to open there; each site not yet allowed gets a button.
 */
export function ReferralFormsSection() {
  const [forms, setForms] = useState<ReferralForms | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [newUrl, setNewUrl] = useState('');

  const refreshGranted = async () => setGranted((await browser.permissions.getAll()).origins ?? []);
  useEffect(() => {
    void referralFormsSetting.get().then(setForms);
    void refreshGranted();
  }, []);
  if (!forms) return <p>Loading…</p>;

  const save = async (next: ReferralForms, what: string) => {
    const problems: Record<string, string> = {};
    for (const [id, url] of Object.entries(next.pathways)) {
      const p = url ? formAddressProblem(url) : null;
      if (p) problems[id] = p;
    }
    setErrors(problems);
    if (Object.keys(problems).length) {
      setStatus('');
      return;
    }
    const clean = { ...next, pathways: Object.fromEntries(Object.entries(next.pathways).filter(([, u]) => u.trim()).map(([k, u]) => [k, u.trim()])) };
    await referralFormsSetting.set(clean);
    setForms(clean);
    setStatus(what);
  };

  const all = [...Object.values(forms.pathways), ...forms.others.map((o) => o.url)];
  const needed = [...new Set(all.map((u) => originPattern(u)).filter((p): p is string => !!p && !DEMO_ORIGINS.includes(p)))];
  const notAllowed = needed.filter((p) => !granted.includes(p) && !granted.includes('https://*/*') && !grantedByWildcard(p, granted));
  const host = (p: string) => p.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

  return (
    <div>
      <p>
        “Start a referral” on a pupil’s register panel or dashboard page opens one of these forms with the prefill panel.
        Paste each form’s address once (open the form in your browser and copy the address bar).
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(forms, 'Form addresses saved.');
        }}
      >
        <fieldset>
          <legend>Kent Digital Front Door pathways</legend>
          {PROFILES.map((p) => (
            <div class="field" key={p.id}>
              <label for={`form-${p.id}`}>{p.title.replace(/^Kent DFD: /, '')}</label>
              <input
                id={`form-${p.id}`}
                type="url"
                placeholder="https://…"
                value={forms.pathways[p.id] ?? ''}
                aria-invalid={errors[p.id] ? 'true' : undefined}
                aria-describedby={errors[p.id] ? `form-${p.id}-error` : undefined}
                onInput={(e) => setForms({ ...forms, pathways: { ...forms.pathways, [p.id]: e.currentTarget.value } })}
              />
              {errors[p.id] && <p id={`form-${p.id}-error`} class="problem">{errors[p.id]}</p>}
            </div>
          ))}
        </fieldset>
        <button type="submit">Save form addresses</button>
      </form>
      <h3 id="referral-others-heading">Other forms</h3>
      {forms.others.length > 0 ? (
        <ul aria-labelledby="referral-others-heading">
          {forms.others.map((o) => (
            <li key={o.url}>
              {o.title} <code>{o.url}</code>{' '}
              <button type="button" class="secondary" aria-label={`Remove ${o.title}`} onClick={() => void save({ ...forms, others: forms.others.filter((x) => x !== o) }, `${o.title}: removed.`)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None yet.</p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = !newTitle.trim() ? 'Give the form a name.' : formAddressProblem(newUrl);
          if (problem) return setErrors({ ...errors, other: problem });
          setErrors({});
          void save({ ...forms, others: [...forms.others, { title: newTitle.trim(), url: newUrl.trim() }] }, `${newTitle.trim()}: added.`).then(() => {
            setNewTitle('');
            setNewUrl('');
          });
        }}
      >
        <label for="referral-new-title">Form name</label> <input id="referral-new-title" value={newTitle} onInput={(e) => setNewTitle(e.currentTarget.value)} />{' '}
        <label for="referral-new-url">Address</label>{' '}
        <input id="referral-new-url" type="url" placeholder="https://…" value={newUrl} aria-describedby={errors.other ? 'referral-new-error' : undefined} onInput={(e) => setNewUrl(e.currentTarget.value)} />{' '}
        <button type="submit">Add form</button>
        {errors.other && <p id="referral-new-error" class="problem" role="alert">{errors.other}</p>}
      </form>
      {notAllowed.length > 0 && (
        <div>
          <p>The prefill panel can open only on sites you allow. Not allowed yet:</p>
          <ul>
            {notAllowed.map((p) => (
              <li key={p}>
                <button
                  type="button"
                  onClick={() =>
                    // A site allowed from here is a form site. The request is made in the click itself (a
                    // user gesture); the kind is written meanwhile, long before the prompt is answered.
                    void Promise.all([browser.permissions.request({ origins: [p] }), setSiteKind(p, 'form')]).then(([ok]) => ok).then(
                      (ok) => (setStatus(ok ? `${host(p)}: allowed.` : `${host(p)}: not allowed (the request was declined).`), refreshGranted()),
                      (err: Error) => setStatus(`${host(p)}: ${err.message}`),
                    )
                  }
                >
                  Allow {host(p)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">{status}</p>
    </div>
  );
}

/** `https://*.kent.gov.uk/*` covers `https://forms.kent.gov.uk/*`. */
function grantedByWildcard(pattern: string, granted: string[]): boolean {
  const h = pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');
  return granted.some((g) => {
    const m = /^https:\/\/\*\.([^/]+)\/\*$/.exec(g);
    return !!m && (h === m[1] || h.endsWith(`.${m[1]}`));
  });
}
