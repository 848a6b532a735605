import { backupDocument, readBackup, type Backup, type ReadBackup } from './backup';
import { measureStep } from './timing';

/**
 * The backup file: the backup document as JSON, gzip-compressed with the browser's own CompressionStream
 * (`.json.gz`). Older backups were plain JSON; both are read.
 */
export const BACKUP_MIME = 'application/gzip';

export async function backupBlob(b: Backup): Promise<Blob> {
  const json = new Blob([JSON.stringify(backupDocument(b))], { type: 'application/json' });
  const gz = json.stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(gz, { headers: { 'content-type': BACKUP_MIME } }).blob();
}

export const backupFileName = (exportedAt: string) => `attendance-lens-backup-${exportedAt.slice(0, 10)}.json.gz`;

/** Reads a backup file (gzip or plain JSON) and validates it; never throws. */
export async function readBackupFile(file: Blob): Promise<ReadBackup> {
  const fail = (reason: string): ReadBackup => ({ ok: false, reason, problems: [{ where: '(file)', why: reason }], problemCount: 1 });
  let text: string;
  let t = performance.now();
  try {
    const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
    if (head[0] === 0x1f && head[1] === 0x8b) {
      text = await new Response(file.stream().pipeThrough(new DecompressionStream('gzip'))).text();
    } else text = await file.text();
  } catch {
    return fail('it is not a backup file (it could not be decompressed, or it was cut off)');
  }
  measureStep('backup-read:decompress', t);
  let raw: unknown;
  t = performance.now();
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('it is not a backup file (it is not JSON, or it was cut off)');
  }
  measureStep('backup-read:parse', t);
  t = performance.now();
  const read = readBackup(raw);
  measureStep('backup-read:validate', t);
  return read;
}
