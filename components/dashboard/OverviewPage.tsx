import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseBenchmark, type Benchmark, type BenchmarkForm } from '../../lib/dashboard/dashboard-prefs';
import type { GroupFigures } from '../../lib/dashboard/cohorts';
import { schoolOverview } from '../../lib/dashboard/school-overview';
import { MIN_HISTORY_DAYS } from '../../lib/engine/arithmetic';
import { listHref } from '../../lib/dashboard/routes';
import { formatLong } from '../../lib/engine/dates';
import type { SchoolSettingsRow } from '../../lib/store/rows';
import { useLive } from '../../lib/store/live';
import type { DashboardContext } from './context';
import { PageHeading } from './PageHeading';
import { TrendChart } from './TrendChart';
import { dashboardPrefs, loadDashboardPrefs, saveDashboardPrefs } from './use-dashboard-prefs';
import { usePupilList } from './use-pupil-list';
import { schoolDetailsSetting, type SchoolDetails } from '../../lib/settings/school-details';
import { LA_PROFILE_LABELS, loadOverlayPrefs, type LaProfileId } from '../../lib/settings/overlay-prefs';

/** The school details and LA profile as saved in Settings, followed live (the guide's first step). */
function useSchoolSetup(): { details: SchoolDetails; laProfile: LaProfileId } | null {
  const [v, setV] = useState<{ details: SchoolDetails; laProfile: LaProfileId } | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const read = () => void Promise.all([schoolDetailsSetting.get(), loadOverlayPrefs()]).then(([details, p]) => !stop.signal.aborted && setV({ details, laProfile: p.laProfile }), () => undefined);
    read();
    schoolDetailsSetting.watch(read, stop.signal);
    return () => stop.abort();
  }, []);
  return v;
}

const days = (n: number) => `${n} school ${n === 1 ? 'day' : 'days'}`;
const pupils = (n: number) => `${n} ${n === 1 ? 'pupil' : 'pupils'}`;

/** The school at a glance: the year and the term against the benchmarks, the trend, coverage, and a first-run guide. */
export function OverviewPage({ ctx }: { ctx: DashboardContext }) {
  const { all, setup, error } = usePupilList(ctx);
  useEffect(() => void loadDashboardPrefs(), []);
  const settings = useLive(() => ctx.db.settings.get('school') as Promise<SchoolSettingsRow | undefined>, []).value.value;
  const o = useMemo(() => (all && setup ? schoolOverview(all, setup.calendar, setup.asOf) : null), [all, setup]);
  const { national, la } = dashboardPrefs.value.benchmarks;

  return (
    <>
      <PageHeading title="School overview" />
      <p class="lede">Attendance across the school this academic year, up to today ({formatLong(ctx.asOf)}). Nothing here leaves this computer.</p>
      {error !== undefined && <p role="alert">The store could not be read: {error instanceof Error ? error.message : String(error)}</p>}
      {!o || !all ? (
        error === undefined && <p>Loading…</p>
      ) : (
        <>
          <FirstRunGuide settings={settings} pupilCount={all.length} coverage={o.coverage.text} complete={o.coverage.daysWithMarks === o.coverage.schoolDaysSoFar && all.length > 0} />
          {all.length > 0 && (
            <>
              <section class="card" aria-labelledby="headline-heading">
                <h2 id="headline-heading">Attendance, persistent and severe absence</h2>
                <table class="figures">
                  <caption class="visually-hidden">Headline figures against the benchmarks</caption>
                  <thead>
                    <tr>
                      <th scope="col">Figure</th>
                      <th scope="col">{o.yearToDate.label}</th>
                      <th scope="col">{o.term ? o.term.label : 'This term'}</th>
                      <th scope="col">National benchmark</th>
                      <th scope="col">LA benchmark</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <th scope="row">Attendance</th>
                      <td>{o.yearToDate.attendance?.text ?? '–'}</td>
                      <td>{o.term?.attendance?.text ?? '–'}</td>
                      <td>{bm(national, 'attendance')}</td>
                      <td>{bm(la, 'attendance')}</td>
                    </tr>
                    <tr>
                      <th scope="row">Unauthorised absence</th>
                      <td>{o.yearToDate.unauthorised?.text ?? '–'}</td>
                      <td>{o.term?.unauthorised?.text ?? '–'}</td>
                      <td>–</td>
                      <td>–</td>
                    </tr>
                    <tr>
                      <th scope="row">Persistent absence (pupils)</th>
                      <td>
                        {o.yearToDate.paRate?.text ?? '–'} ({pupils(o.yearToDate.pa)})
                      </td>
                      <td>
                        {o.term?.paRate?.text ?? '–'} ({pupils(o.term?.pa ?? 0)})
                      </td>
                      <td>{bm(national, 'pa')}</td>
                      <td>{bm(la, 'pa')}</td>
                    </tr>
                    <tr>
                      <th scope="row">Severe absence (pupils)</th>
                      <td>
                        {o.yearToDate.saRate?.text ?? '–'} ({pupils(o.yearToDate.sa)})
                      </td>
                      <td>
                        {o.term?.saRate?.text ?? '–'} ({pupils(o.term?.sa ?? 0)})
                      </td>
                      <td>{bm(national, 'sa')}</td>
                      <td>{bm(la, 'sa')}</td>
                    </tr>
                  </tbody>
                </table>
                <p class="muted">
                  PA and SA rates are the share of the {pupils(o.yearToDate.counted)} whose figures rest on at least {MIN_HISTORY_DAYS} school days of marks
                  this year. {notCounted(o.yearToDate)}{' '}
                  {o.term && o.term.building > 0 && `${o.term.label}: ${pupils(o.term.building)} not yet counted (marks on fewer than ${MIN_HISTORY_DAYS} school days this term). `}
                  {sourceLine(national, la)}
                </p>
                <p>
                  <a href={listHref()}>Work from the lists of pupils</a> · <a href="#/cohorts">Compare groups (FSM, SEN, EAL, CiC, year groups)</a>
                </p>
              </section>
              <section class="card" aria-labelledby="trend-heading">
                <h2 id="trend-heading">Week by week</h2>
                <TrendChart weeks={o.weeks} national={national} la={la} />
              </section>
              <section class="card" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">How much of the year the figures stand on</h2>
                <p>{o.coverage.text}</p>
                <p>
                  {pupils(o.pupilsComplete)} {o.pupilsComplete === 1 ? 'has' : 'have'} marks for every school day on roll (their figures are
                  marked “Complete” in the lists); {pupils(o.pupilsProvisional)} {o.pupilsProvisional === 1 ? 'has' : 'have'} gaps (marked
                  “Provisional: n of m days”, n being the days with marks).
                </p>
                <details>
                  <summary>Coverage by registration group</summary>
                  <table>
                    <caption>School days with stored marks, by registration group</caption>
                    <thead>
                      <tr>
                        <th scope="col">Group</th>
                        <th scope="col" class="num">
                          Pupils
                        </th>
                        <th scope="col" class="num">
                          Days with marks
                        </th>
                        <th scope="col" class="num">
                          Pupils complete
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {o.groups.map((g) => (
                        <tr key={g.group}>
                          <th scope="row">{g.group}</th>
                          <td class="num">{g.pupils}</td>
                          <td class="num">
                            {g.daysWithMarks} of {days(g.schoolDaysSoFar)}
                          </td>
                          <td class="num">{g.complete}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </section>
            </>
          )}
          <BenchmarksForm national={national} la={la} />
        </>
      )}
    </>
  );
}

/** Every stored pupil is accounted for beside the PA/SA rates: counted, too little history, or no figure yet. */
function notCounted(g: Pick<GroupFigures, 'building' | 'noFigure'>): string {
  const parts = [
    g.building > 0 ? `${pupils(g.building)} not yet counted: too little history (marks on fewer than ${MIN_HISTORY_DAYS} school days)` : '',
    g.noFigure > 0 ? `${pupils(g.noFigure)} with no possible session yet` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : 'Every pupil is counted.';
}

function bm(b: Benchmark | undefined, k: 'attendance' | 'pa' | 'sa'): string {
  const v = b?.[k];
  return v === undefined ? 'Not entered' : `${v.toFixed(1)}%`;
}

function sourceLine(national: Benchmark | undefined, la: Benchmark | undefined): string {
  const parts = [national ? `National figures: ${national.source}.` : '', la ? `LA figures: ${la.source}.` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : 'No benchmarks entered yet: add them below.';
}

function FirstRunGuide({ settings, pupilCount, coverage, complete }: { settings: SchoolSettingsRow | undefined; pupilCount: number; coverage: string; complete: boolean }) {
  const setup = useSchoolSetup();
  const schoolName = setup?.details.school.name.trim() ?? '';
  const steps = [
    {
      // Done when the school's details are saved in Settings (the `schoolDetails` setting), not before.
      done: schoolName !== '',
      title: 'School details and local-authority profile',
      text: schoolName
        ? `Set: ${schoolName}${setup ? `; bands and next steps from the ${LA_PROFILE_LABELS[setup.laProfile]} profile` : ''}.`
        : 'Enter your school’s name and numbers and the referrer (they go into referral forms), and check your local authority’s profile (its bands and next steps).',
      href: 'options.html#school-heading',
      link: 'Set the school details',
    },
    {
      done: !!settings?.calendar,
      title: 'School calendar',
      text: settings?.calendar ? 'Your own term dates and closures are set.' : 'Kent’s term dates are used until you set your own, without your INSET days: add them so they do not count as missing marks.',
      href: 'options.html#calendar-heading',
      link: 'Set the school calendar',
    },
    {
      done: pupilCount > 0 && complete,
      title: 'History',
      text: pupilCount === 0 ? 'No pupils stored yet. Import an export from your MIS (CTF or CSV), or open its marks-grid pages.' : coverage,
      href: 'options.html#data-heading',
      link: 'Import history',
    },
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <section class="card" aria-labelledby="guide-heading">
      <h2 id="guide-heading">Getting started</h2>
      <p>Three steps make the figures trustworthy. {steps.filter((s) => s.done).length} of 3 done.</p>
      <ol class="steps">
        {steps.map((s) => (
          <li key={s.title}>
            <strong>{s.title}</strong>: <span class={s.done ? 'done' : 'todo'}>{s.done ? 'Done' : 'To do'}</span>. {s.text}{' '}
            {!s.done && <a href={s.href}>{s.link}</a>}
          </li>
        ))}
      </ol>
    </section>
  );
}

const toForm = (b: Benchmark | undefined): BenchmarkForm => ({
  attendance: b?.attendance?.toString() ?? '',
  pa: b?.pa?.toString() ?? '',
  sa: b?.sa?.toString() ?? '',
  source: b?.source ?? '',
});

function BenchmarksForm({ national, la }: { national: Benchmark | undefined; la: Benchmark | undefined }) {
  const [forms, setForms] = useState({ national: toForm(national), la: toForm(la) });
  const [errors, setErrors] = useState<{ national?: Partial<BenchmarkForm>; la?: Partial<BenchmarkForm> }>({});
  const [status, setStatus] = useState('');
  useEffect(() => setForms({ national: toForm(national), la: toForm(la) }), [national, la]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const n = parseBenchmark(forms.national);
    const l = parseBenchmark(forms.la);
    setErrors({ ...(n.ok ? {} : { national: n.errors }), ...(l.ok ? {} : { la: l.errors }) });
    if (!n.ok || !l.ok) {
      setStatus('Not saved: correct the fields marked below.');
      return;
    }
    await saveDashboardPrefs({ benchmarks: { ...(n.value ? { national: n.value } : {}), ...(l.value ? { la: l.value } : {}) } });
    setStatus('Benchmarks saved.');
  };
  const field = (which: 'national' | 'la', k: keyof BenchmarkForm, label: string, hint?: string) => {
    const id = `bm-${which}-${k}`;
    const err = errors[which]?.[k];
    return (
      <div class="form-field">
        <label for={id}>{label}</label>
        {hint && (
          <span class="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {err && (
          <span class="field-error" id={`${id}-error`}>
            {err}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode={k === 'source' ? 'text' : 'decimal'}
          value={forms[which][k]}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={[hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setForms((f) => ({ ...f, [which]: { ...f[which], [k]: v } }));
          }}
        />
      </div>
    );
  };
  return (
    <section class="card" aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">Benchmarks</h2>
      <p>Enter the national and local-authority figures you compare the school with, and where they come from (for example the DfE's termly statistics, or the LA's data pack). Leave a figure empty if you do not have it.</p>
      <form onSubmit={submit} noValidate>
        {(['national', 'la'] as const).map((which) => (
          <fieldset key={which}>
            <legend>{which === 'national' ? 'National (England)' : 'Local authority'}</legend>
            {field(which, 'attendance', 'Attendance (%)')}
            {field(which, 'pa', 'Persistent absence (% of pupils)')}
            {field(which, 'sa', 'Severe absence (% of pupils)')}
            {field(which, 'source', 'Source', 'For example: DfE, pupil absence in schools in England, autumn term 2025/26.')}
          </fieldset>
        ))}
        <p class="actions-row">
          <button type="submit">Save benchmarks</button>
        </p>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}
