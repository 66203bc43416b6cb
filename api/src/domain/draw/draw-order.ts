import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The order of a draw, from a secret seed anyone can check once it is revealed.
 *
 * The office publishes `seedCommitment(seed)` when registration opens and the seed itself after
 * the draw: had it been free to pick the seed later, it could have tried seeds until it liked the
 * outcome. Each entry's place follows from an HMAC of its public digest under the seed, so the
 * order depends on nothing but the seed and the list of entries (not on the moment or sequence of
 * registering), and ops/draw/verify-draw.mjs recomputes it from the published JSON alone.
 */

export interface DrawEntryInput {
  /** The entry's public random id (`newEntryDigest`), as the published list shows it. */
  digest: string;
  urgent: boolean;
}

const hexPattern = /^[0-9a-f]+$/;

function seedBytes(seedHex: string): Buffer {
  if (seedHex.length !== 64 || !hexPattern.test(seedHex)) throw new Error('A draw seed is 32 bytes in lower-case hex.');
  return Buffer.from(seedHex, 'hex');
}

/** 32 bytes from the operating system's CSPRNG, hex. */
export function newDrawSeed(): string {
  return randomBytes(32).toString('hex');
}

/** 16 random bytes, hex: an entry's public id, which says nothing about the person. */
export function newEntryDigest(): string {
  return randomBytes(16).toString('hex');
}

/** hex(sha256(seed bytes)): published before the draw, it binds the office to the seed. */
export function seedCommitment(seedHex: string): string {
  return createHash('sha256').update(seedBytes(seedHex)).digest('hex');
}

/** hex(HMAC-SHA256(key = seed bytes, message = the entry digest as ASCII)): the entry's sort key. */
export function drawKey(seedHex: string, entryDigest: string): string {
  return createHmac('sha256', seedBytes(seedHex)).update(entryDigest, 'ascii').digest('hex');
}

/** Plain code-unit order: lower-case hex of one length compares as the numbers it spells. */
function ascending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The entries' digests in draw order: the first `urgentQuota` urgent entries by ascending key,
 * then every other entry (urgent ones beyond the quota included) by ascending key. Equal keys
 * (which HMAC-SHA256 makes impossible in practice) fall back to the digest.
 */
export function drawOrder(seedHex: string, entries: readonly DrawEntryInput[], urgentQuota: number): string[] {
  const keyed = entries.map((entry) => ({ ...entry, key: drawKey(seedHex, entry.digest) })).sort((a, b) => ascending(a.key, b.key) || ascending(a.digest, b.digest));
  const quota = Math.max(0, Math.floor(urgentQuota));
  const first = keyed.filter((entry) => entry.urgent).slice(0, quota);
  const chosen = new Set(first);
  return [...first, ...keyed.filter((entry) => !chosen.has(entry))].map((entry) => entry.digest);
}
