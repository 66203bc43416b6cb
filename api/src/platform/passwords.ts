import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) => new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/** OWASP's scrypt minimum, N = 2^17 (r = 8, p = 1, 128 MiB per hash): production refuses less. */
export const productionPasswordCost = 17;
const keyLength = 32;

/**
 * Hashes with scrypt at N = 2^`log2Cost`; the parameters are stored with the hash, so that the
 * cost can be raised later without breaking existing passwords, and a hash made cheaper for tests
 * (PASSWORD_HASH_COST outside production) verifies as cheaply.
 */
export async function hashPassword(password: string, log2Cost: number = productionPasswordCost): Promise<string> {
  const cost = { N: 2 ** log2Cost, r: 8, p: 1 };
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, keyLength, { ...cost, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, n, r, p, salt, key] = stored.split('$');
  if (algorithm !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}
