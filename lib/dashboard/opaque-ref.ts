/**
 * Opaque pupil references for the Targeting Support Meeting pack: HMAC-SHA-256 of the store's pupil id
 * under a random secret made once on this computer and kept in the extension (never exported in the
 * pack). The same pupil gets the same reference at every meeting; without the secret nobody can
 * compute a reference from a UPN, a name or the id, and the school maps it back with the dashboard.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud in meetings

/** 32 random bytes, base64 (WebCrypto; the extension's pages and Node 20 both have it). */
export function makeSecret(): string {
  const b = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...b));
}

export type RefMaker = (pupilId: string) => Promise<string>;

export async function refMaker(secretBase64: string): Promise<RefMaker> {
  const raw = Uint8Array.from(atob(secretBase64), (c) => c.charCodeAt(0));
  if (raw.length < 16) throw new Error('The pack secret is too short.');
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const enc = new TextEncoder();
  return async (pupilId) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(pupilId)));
    // 40 bits as 8 characters of a 32-letter alphabet: collisions among a school's pupils are negligible, and checked.
    let bits = 0n;
    for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(mac[i]!);
    let s = '';
    for (let i = 0; i < 8; i++) {
      s = ALPHABET[Number(bits & 31n)]! + s;
      bits >>= 5n;
    }
    return `P-${s.slice(0, 4)}-${s.slice(4)}`;
  };
}

/** References for many pupils; throws on the (vanishingly unlikely) collision rather than merge two pupils. */
export async function refsFor(make: RefMaker, pupilIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const id of pupilIds) {
    const r = await make(id);
    if (seen.has(r)) throw new Error('Two pupils got the same reference; make a new pack secret in the dashboard.');
    seen.add(r);
    out.set(id, r);
  }
  return out;
}
