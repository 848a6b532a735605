import { Fragment } from 'preact';
import { pupilFacts } from '../../lib/dashboard/pupil-facts';
import { addActionHref, listHref } from '../../lib/dashboard/routes';
import { Chronology } from './Chronology';
import type { DashboardContext } from './context';
import { PageHeading } from './PageHeading';
import { PupilFigures } from './PupilFigures';
import { SessionHistory } from './SessionHistory';
import { UnknownPupil } from './UnknownPupil';
import { usePupil } from './use-pupil';

/** One pupil: who they are, the engine's figures and reasons, their sessions week by week, and the chronology. */
export function PupilPage({ ctx, pupilId }: { ctx: DashboardContext; pupilId: string }) {
  const state = usePupil(ctx, pupilId);
  if (state.kind === 'loading') return <p>Loading pupil…</p>;
  if (state.kind === 'error') return <p role="alert">The store could not be read: {String(state.error)}</p>;
  if (state.kind === 'unknown') return <UnknownPupil pupilId={pupilId} />;
  const { summary, loaded } = state;
  const facts = pupilFacts(summary.row);
  return (
    <>
      <p>
        <a href={listHref()}>← All pupils</a>
      </p>
      <PageHeading title={summary.name} />
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
        <p class="actions-row">
          <a class="button" href={addActionHref(pupilId)}>
            Add an action
          </a>
        </p>
      </section>
      <PupilFigures badge={summary.badge} />
      <SessionHistory marks={loaded.marks} calendar={loaded.setup.calendar} asOf={ctx.asOf} row={summary.row} />
      <Chronology actions={summary.actions} />
    </>
  );
}
