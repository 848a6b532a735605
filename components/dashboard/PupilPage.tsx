import { Fragment } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { send } from '../../lib/messaging';
import { attendanceSeries } from '../../lib/dashboard/attendance-series';
import { codeBreakdown } from '../../lib/dashboard/code-breakdown';
import { loadPupilExtras } from '../../lib/dashboard/load-pupil-extras';
import { academicYearsFrom, revisionLines } from '../../lib/dashboard/mark-revisions';
import { ntiCountdown } from '../../lib/dashboard/nti-countdown';
import { pupilFacts } from '../../lib/dashboard/pupil-facts';
import { listHref, pupilHref, pupilYearHref, referralHref } from '../../lib/dashboard/routes';
import { academicYearOf } from '../../lib/engine/calendar';
import { minIso } from '../../lib/engine/dates';
import { useLive } from '../../lib/store/live';
import { AttendanceChart } from './AttendanceChart';
import { Chronology } from './Chronology';
import { CodeBreakdownCard } from './CodeBreakdownCard';
import type { DashboardContext } from './context';
import { HeatMap } from './HeatMap';
import { ElsewhereLink } from './ElsewhereLink';
import { PageHeading } from './PageHeading';
import { usePupilHost } from './pupil-host';
import { PupilFigures } from './PupilFigures';
import { UnknownPupil } from './UnknownPupil';
import { usePupil } from './use-pupil';

const yearStartOf = (d: string) => Number(academicYearOf(d).start.slice(0, 4));
/** In a narrow panel: the chart drawn for its width (legible text), and the heat map's last weeks first. */
const NARROW_CHART_WIDTH = 360;
const NARROW_RECENT_WEEKS = 6;
const yearLabel = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

/**
 * One pupil: who they are, the engine's figures, reasons and next step, the rolling chart, the
 * session heat map, what the absence is made of, changed marks, and the chronology. `yearStart`
 * shows a past academic year (as at its last day) when its marks are stored. Shown by the dashboard
 * and by the side panel (see `PupilHost` for what differs: a narrow layout, links out to the dashboard).
 */
export function PupilPage({ ctx, pupilId, yearStart }: { ctx: DashboardContext; pupilId: string; yearStart?: number }) {
  const thisYear = yearStartOf(ctx.asOf);
  const past = yearStart !== undefined && yearStart < thisYear;
  const asOf = past ? minIso(ctx.asOf, `${yearStart + 1}-07-31`) : ctx.asOf;
  const yearCtx = useMemo(() => ({ ...ctx, asOf }), [ctx, asOf]);
  const state = usePupil(yearCtx, pupilId);
  const extras = useLive(() => loadPupilExtras(ctx.db, pupilId), [pupilId]).value.value;
  const host = usePupilHost();
  // The prefill panel and the side panel suggest the pupil last opened here or in a register (the
  // side panel itself shows that pupil, so it does not report it back).
  useEffect(() => void (host.reportsOpened && send('pupil-opened', { pupilId }).catch(() => undefined)), [pupilId, host]);

  const found = state.kind === 'found' ? state : null;
  const views = useMemo(() => {
    if (!found) return null;
    const { loaded, summary } = found;
    const cal = loaded.setup.calendar;
    const from = cal.academicYearOf(asOf).start;
    const roll = {
      ...(summary.row.admissionDate ? { admissionDate: summary.row.admissionDate } : {}),
      ...(summary.row.leavingDate ? { leavingDate: summary.row.leavingDate } : {}),
    };
    return {
      from,
      series: attendanceSeries({ marks: loaded.marks, calendar: cal, asOf, ...roll }),
      breakdown: codeBreakdown({ marks: loaded.marks, calendar: cal, from, to: asOf, ...roll }),
    };
  }, [found, asOf]);

  if (state.kind === 'loading') return <p>Loading pupil…</p>;
  if (state.kind === 'error') return <p role="alert">The store could not be read: {String(state.error)}</p>;
  if (state.kind === 'unknown') return <UnknownPupil pupilId={pupilId} />;
  const { summary, loaded } = state;
  const cal = loaded.setup.calendar;
  const facts = pupilFacts(summary.row);
  const years = academicYearsFrom(extras?.earliestMark, ctx.asOf, yearStartOf);
  const shownYear = yearStartOf(asOf);
  const calendarCovers = cal.terms.some((t) => t.start <= asOf && t.end >= academicYearOf(asOf).start);
  const nti = summary.actions.find((a) => a.kind === 'notice-to-improve');
  const ntiNow = nti && nti.kind === 'notice-to-improve' ? ntiCountdown(nti.date, nti.periodEnd, cal, ctx.asOf) : null;
  const revisions = extras ? revisionLines(extras.revisions.filter((r) => r.date >= (views?.from ?? '') && r.date <= asOf), cal) : [];

  return (
    <>
      <p>
        <ElsewhereLink hash={listHref()}>← All pupils</ElsewhereLink>
      </p>
      <PageHeading title={past ? `${summary.name}, ${yearLabel(shownYear)}` : summary.name} />
      {years.length > 1 && (
        <nav aria-label="Academic year" class="year-nav">
          <span>Academic year:</span>
          <ul>
            {years.map((y) => (
              <li key={y}>
                <a href={y === thisYear ? pupilHref(pupilId) : pupilYearHref(pupilId, y)} aria-current={y === shownYear ? 'page' : undefined}>
                  {yearLabel(y)}
                  {y === thisYear ? ' (this year)' : ''}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {past && (
        <p class="notice">
          You are looking at {yearLabel(shownYear)}, as it stood on its last day. Actions can be added and changed on{' '}
          <a href={pupilHref(pupilId)}>this year's page</a>.
          {!calendarCovers && ' The school calendar has no terms for this year, so no figures can be worked out: add its term dates in Settings.'}
        </p>
      )}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading" class="visually-hidden">
          About {summary.name}
        </h2>
        {facts.length > 0 ? (
          <dl class="facts">
            {facts.map((f) => (
              <Fragment key={f.term}>
                <dt>{f.term}</dt>
                <dd>{f.value}</dd>
              </Fragment>
            ))}
          </dl>
        ) : (
          <p class="muted">No details stored beyond the name.</p>
        )}
      </section>
      {!past && (
        <p>
          <ElsewhereLink hash={referralHref(pupilId)}>Start a referral</ElsewhereLink>: a local-authority form, filled from these records after you check it.
        </p>
      )}
      {ntiNow && ntiNow.state !== 'ended' && !past && (
        <p class="notice" role="note" aria-label="Notice to improve">
          <strong>Notice to improve:</strong> {ntiNow.text}
        </p>
      )}
      <PupilFigures badge={summary.badge} />
      {views && <AttendanceChart points={views.series} profile={loaded.setup.profile} {...(host.narrow ? { width: NARROW_CHART_WIDTH } : {})} />}
      {views && <HeatMap marks={loaded.marks} calendar={cal} from={views.from} to={asOf} row={summary.row} {...(host.narrow ? { recentWeeks: NARROW_RECENT_WEEKS } : {})} />}
      {views && <CodeBreakdownCard breakdown={views.breakdown} />}
      <section class="card" aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Changed marks</h2>
        {revisions.length === 0 ? (
          <p class="muted">No mark has been seen to change in this period.</p>
        ) : (
          <ul>
            {revisions.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        )}
      </section>
      <Chronology actions={summary.actions} pupilId={pupilId} pupilName={summary.name} calendar={cal} asOf={ctx.asOf} db={ctx.db} editable={!past} layout={host.narrow ? 'list' : 'table'} />
    </>
  );
}
