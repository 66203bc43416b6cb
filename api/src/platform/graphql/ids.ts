import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';

/** Inside, IDs are database keys: positive integers that JavaScript holds exactly. */
export function parseId(value: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

const blockBytes = 16;
const keyBytes = 8;

/**
 * Keys leave the API as opaque IDs: the key's 64 bits and 64 zero bits, enciphered as one AES-256
 * block (a permutation, so every key has one ID and IDs never collide) under a key derived from the
 * installation's key, in base64url. Counting up no longer walks another office's appointments or
 * tells how many a city has; an ID that was not issued fails the zero check (2⁻⁶⁴ by chance). Every
 * API process derives the same IDs from LINK_SIGNING_SECRET; changing it changes every ID.
 */
export class IdCodec {
  private readonly key: Buffer;

  constructor(installationKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', installationKey, Buffer.alloc(0), 'zms:public-ids', 32));
  }

  /** The opaque ID of a database key (a number, or its decimal text as bigint columns give it). */
  toPublic(databaseKey: number | string | bigint): string {
    const key = BigInt(databaseKey);
    if (key < 1n || key >= 2n ** 64n) throw new RangeError('a database key is a positive 64-bit integer');
    const block = Buffer.alloc(blockBytes);
    block.writeBigUInt64BE(key, 0);
    const cipher = createCipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    return Buffer.concat([cipher.update(block), cipher.final()]).toString('base64url');
  }

  /** The database key, as decimal text, of an ID this installation issued; null for anything else. */
  toDatabaseKey(publicId: string): string | null {
    if (!/^[A-Za-z0-9_-]{22}$/.test(publicId)) return null;
    const decipher = createDecipheriv('aes-256-ecb', this.key, null).setAutoPadding(false);
    const block = Buffer.concat([decipher.update(Buffer.from(publicId, 'base64url')), decipher.final()]);
    if (!block.subarray(keyBytes).equals(Buffer.alloc(blockBytes - keyBytes))) return null;
    const key = block.readBigUInt64BE(0);
    return key > 0n ? key.toString() : null;
  }
}
