/**
 * The lock's cryptography, WebCrypto only (extension pages, the service worker and Node 20 all have it).
 *
 * Keys (see ARCHITECTURE.md "The lock"):
 * - passphrase → PBKDF2-SHA-256 (≥ 600,000 iterations, random 16-byte salt) → a key-encryption key (AES-GCM);
 * - that key wraps the private half of an RSA-OAEP key pair made when the passphrase is set; the public half is
 *   kept in the clear, so locking (also automatic: idle, browser restart) needs no passphrase and no secret;
 * - each lock makes a fresh AES-GCM data key, seals every pupil's identifying fields with it (random 12-byte IV
 *   per row) and keeps only the data key wrapped by the public key. Unlocking unwraps it with the private key.
 *   Changing the passphrase re-wraps the private key: no row is re-encrypted.
 * - a per-install HMAC-SHA-256 key makes the blind index (identifiers matched while locked).
 */

export const PBKDF2_ITERATIONS = 600_000;

export const toB64 = (bytes: ArrayBuffer | Uint8Array): string => {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};
export const fromB64 = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export const randomBytes = (n: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(n));

/** AES-GCM ciphertext with its IV, both base64. */
export interface Sealed {
  iv: string;
  ct: string;
}

export async function keyFromPassphrase(passphrase: string, saltB64: string, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromB64(saltB64), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv: toB64(iv), ct: toB64(ct) };
}

/** Throws (OperationError) when the key is wrong or the text was altered: AES-GCM authenticates. */
export async function openBytes(key: CryptoKey, s: Sealed): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(s.iv) }, key, fromB64(s.ct)));
}

export const sealJson = (key: CryptoKey, value: unknown) => sealBytes(key, new TextEncoder().encode(JSON.stringify(value)));
export const openJson = async <T>(key: CryptoKey, s: Sealed): Promise<T> => JSON.parse(new TextDecoder().decode(await openBytes(key, s))) as T;

const RSA = { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;

export interface KeyPairMaterial {
  /** SPKI, base64: in the clear (it can only lock). */
  publicKey: string;
  /** PKCS#8 private key sealed with the passphrase key. */
  privateKey: Sealed;
}

export async function makeKeyPair(passKey: CryptoKey): Promise<KeyPairMaterial> {
  const pair = await crypto.subtle.generateKey(RSA, true, ['encrypt', 'decrypt']);
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toB64(spki), privateKey: await sealBytes(passKey, pkcs8) };
}

/** The private key under a passphrase key; throws on a wrong passphrase. */
export async function openPrivateKey(passKey: CryptoKey, sealed: Sealed): Promise<CryptoKey> {
  const pkcs8 = await openBytes(passKey, sealed);
  return crypto.subtle.importKey('pkcs8', pkcs8, RSA, false, ['decrypt']);
}

/** A fresh data key, and itself encrypted under the public key (to be kept while locked). */
export async function makeDataKey(publicKeyB64: string): Promise<{ key: CryptoKey; wrapped: string }> {
  const pub = await crypto.subtle.importKey('spki', fromB64(publicKeyB64), RSA, false, ['encrypt']);
  const raw = randomBytes(32);
  const wrapped = await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, pub, raw);
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return { key, wrapped: toB64(wrapped) };
}

export async function openDataKey(privateKey: CryptoKey, wrappedB64: string): Promise<CryptoKey> {
  const raw = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, fromB64(wrappedB64)));
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return key;
}

/** Blind index: HMAC-SHA-256 of a normalised identifier under the install's key, base64 without padding. */
export type Blinder = (value: string) => Promise<string>;

export async function blinder(hmacKeyB64: string): Promise<Blinder> {
  const key = await crypto.subtle.importKey('raw', fromB64(hmacKeyB64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const enc = new TextEncoder();
  return async (value) => `~${toB64(await crypto.subtle.sign('HMAC', key, enc.encode(value))).replace(/=+$/, '')}`;
}
