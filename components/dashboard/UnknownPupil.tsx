import { listHref } from '../../lib/dashboard/routes';
import { ElsewhereLink } from './ElsewhereLink';
import { PageHeading } from './PageHeading';

/** A link to a pupil this browser does not hold (deleted, another computer, a mistyped address). */
export function UnknownPupil({ pupilId }: { pupilId: string }) {
  return (
    <>
      <PageHeading title="Pupil not found" />
      <p>
        No pupil with the id <code>{pupilId}</code> is stored in this browser. They may have been deleted by a retention
        rule or a restore, or the link came from another computer.
      </p>
      <p>
        <ElsewhereLink hash={listHref()}>Back to the list of pupils</ElsewhereLink>
      </p>
    </>
  );
}
