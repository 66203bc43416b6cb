import { expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

it('hashes with scrypt and a salt of its own, and verifies only the right password', async () => {
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  expect(first).toMatch(/^scrypt\$131072\$8\$1\$/);
  expect(first).not.toBe(second);
  expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
  expect(await verifyPassword('Correct horse battery staple', first)).toBe(false);
  expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
});
