import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pupilHref } from '../../lib/dashboard/routes';
import { send } from '../../lib/messaging';
import { referralFormChoices, type ReferralFormChoice } from '../../lib/referral/forms';
import { referralFormsSetting } from '../../lib/settings/referral-forms';
import type { DashboardContext } from './context';
import { PageHeading } from './PageHeading';
import { UnknownPupil } from './UnknownPupil';
import { usePupil } from './use-pupil';

/** Storage keys written by the background (lib/background/prefill-handlers.ts, lib/background/referral.ts). */
const MAPPINGS_KEY = 'prefillMappings';
const LAST_MIS_ORIGIN_KEY = 'lastMisOrigin';

async function loadChoices(): Promise<ReferralFormChoice[]> {
  const [settings, local, session] = await Promise.all([
    referralFormsSetting.get(),
    browser.storage.local.get(MAPPINGS_KEY),
    browser.storage.session?.get(LAST_MIS_ORIGIN_KEY) ?? Promise.resolve({} as Record<string, unknown>),
  ]);
  const mappings = local[MAPPINGS_KEY];
  const demo = session[LAST_MIS_ORIGIN_KEY];
  return referralFormChoices({
    settings,
    mappingKeys: mappings && typeof mappings === 'object' ? Object.keys(mappings) : [],
    demoOrigin: typeof demo === 'string' ? demo : null,
  });
}

/**
 * "Start a referral" for one pupil: choose the form; it opens in a new tab with the prefill panel
 * and this pupil chosen. Nothing is written into the form until the user reviews it and presses
 * Fill there; Attendance Lens never submits it.
 */
export function ReferralPage({ ctx, pupilId }: { ctx: DashboardContext; pupilId: string }) {
  const state = usePupil(ctx, pupilId);
  const [choices, setChoices] = useState<ReferralFormChoice[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    loadChoices().then(setChoices, (e: unknown) => setMessage({ kind: 'error', text: `The form addresses could not be read: ${String(e)}` }));
    void send('pupil-opened', { pupilId }).catch(() => undefined);
  }, [pupilId]);

  if (state.kind === 'loading') return <p>Loading pupil…</p>;
  if (state.kind === 'error') return <p role="alert">The store could not be read: {String(state.error)}</p>;
  if (state.kind === 'unknown') return <UnknownPupil pupilId={pupilId} />;
  const name = state.summary.name;

  const open = async (c: ReferralFormChoice) => {
    if (!c.url) return;
    setMessage(null);
    try {
      const r = await send('referral-start', { pupilId, url: c.url });
      setMessage(
        r.opened
          ? { kind: 'ok', text: `“${c.title}” opened in a new tab, with the prefill panel and ${name} chosen. Check what it will fill, then press Fill there; you submit the form yourself.` }
          : { kind: 'error', text: r.why ?? 'The form could not be opened.' },
      );
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  };

  const pathways = choices?.filter((c) => c.kind === 'pathway') ?? [];
  const saved = choices?.filter((c) => c.kind === 'saved') ?? [];
  const list = (items: ReferralFormChoice[]) => (
    <ul class="referral-forms">
      {items.map((c) => (
        <li key={c.id}>
          {c.url ? (
            <button type="button" onClick={() => void open(c)} aria-label={`Open ${c.title} for ${name}`}>
              {c.title}
            </button>
          ) : (
            <span>{c.title}</span>
          )}{' '}
          <small class="muted">{c.url ? `(${c.from})` : '— no address yet: add it in Settings, Referral forms'}</small>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <p>
        <a href={pupilHref(pupilId)}>← {name}</a>
      </p>
      <PageHeading title={`Start a referral for ${name}`} />
      <p>
        Choose the form. It opens in a new tab with the prefill panel and {name} chosen: you see every value and where it
        came from before anything is written, and nothing is written until you press Fill. Attendance Lens never submits a
        form.
      </p>
      <div role={message?.kind === 'error' ? 'alert' : 'status'}>{message?.text ?? ''}</div>
      {choices === null ? (
        <p>Loading forms…</p>
      ) : (
        <>
          <section aria-labelledby="referral-pathways-heading">
            <h2 id="referral-pathways-heading">Kent Digital Front Door pathways</h2>
            {list(pathways)}
          </section>
          <section aria-labelledby="referral-saved-heading">
            <h2 id="referral-saved-heading">Your other forms</h2>
            {saved.length ? list(saved) : <p class="muted">None yet. Add a form’s address in Settings, Referral forms; a form whose mapping you save also appears here.</p>}
          </section>
          <p>
            <a href="options.html#referrals-heading">Set form addresses in Settings</a>
          </p>
        </>
      )}
    </>
  );
}
