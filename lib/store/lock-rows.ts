/**
 * Rows of the v4 tables `lock` and `auditLog` (schema.ts). The lock's logic is in lib/lock; only the shapes
 * live here, beside the schema that stores them.
 */

/** AES-GCM ciphertext and its IV, base64. */
export interface SealedText {
  iv: string;
  ct: string;
}

export interface LockRow {
  key: 'lock';
  /** PBKDF2-SHA-256 salt (base64) and iteration count for the passphrase key. */
  salt: string;
  iterations: number;
  /** RSA-OAEP public key (SPKI, base64): locks without the passphrase. */
  publicKey: string;
  /** The matching private key (PKCS#8) sealed with the passphrase key. */
  privateKey: SealedText;
  /** Blind-index key (HMAC-SHA-256, base64): identifiers are matched while locked without decrypting. */
  indexKey: string;
  /** Lock after this many minutes without use of Attendance Lens (0 = only by hand and on browser restart). */
  idleMinutes: number;
  setAt: string;
  /** Null while unlocked; while locked, the data key of this lock under the public key. */
  locked: null | { at: string; dataKey: string; pupils: number };
}

export type AuditKind = 'prefill' | 'import' | 'export' | 'backup' | 'restore' | 'purge' | 'retention' | 'lock' | 'unlock' | 'passphrase';

/** One thing done with the data. Counts and kinds only: never a pupil's name or identifier. */
export interface AuditRow {
  id: string;
  /** ISO timestamp. */
  at: string;
  kind: AuditKind;
  /** Plain words: "Penalty notice request form filled", "Backup saved", "Locked automatically (idle 15 minutes)". */
  what: string;
  /** How many pupils it concerned (null when not about pupils). */
  pupils: number | null;
}
