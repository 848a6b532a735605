import { openStore } from '../../lib/store/schema';
import { BackupPanel } from '../data/BackupPanel';
import { ImportPanel } from '../data/ImportPanel';
import { NameJoinPanel } from '../data/NameJoinPanel';
import { PurgePanel } from '../data/PurgePanel';
import { RetentionPanel } from '../data/RetentionPanel';
import { StoreSummary } from '../data/StoreSummary';
import { UnlessLocked } from '../lock/UnlessLocked';

/** "Your data": what is stored, imports, backup and restore, retention, and deleting everything. */
export function DataSection() {
  const db = openStore();
  return (
    <div>
      <StoreSummary db={db} />
      <section aria-labelledby="data-import-heading">
        <h3 id="data-import-heading">Import history</h3>
        <UnlessLocked what="Imports" unlockHref="#lock-heading">
          <ImportPanel db={db} />
        </UnlessLocked>
      </section>
      <NameJoinPanel db={db} />
      <section aria-labelledby="data-backup-heading">
        <h3 id="data-backup-heading">Backup and restore</h3>
        <UnlessLocked what="Backups and restores" unlockHref="#lock-heading">
          <BackupPanel db={db} />
        </UnlessLocked>
      </section>
      <section aria-labelledby="data-retention-heading">
        <h3 id="data-retention-heading">Keeping data</h3>
        <RetentionPanel db={db} />
      </section>
      <section aria-labelledby="data-purge-heading">
        <h3 id="data-purge-heading">Delete all data</h3>
        <PurgePanel db={db} />
      </section>
    </div>
  );
}
