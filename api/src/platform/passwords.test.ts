import { expect, it } from 'vitest';
import { loadConfig } from './config';
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

it('hashes at a lower cost where the config allows it, and the stored cost verifies it; production refuses less than 2^17', async () => {
  const cheap = await hashPassword('correct horse battery staple', 10);
  expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
  expect(await verifyPassword('correct horse battery staple', cheap)).toBe(true);
  expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '10' }).passwordHashCost).toBe(10);
  expect(loadConfig({ NODE_ENV: 'test' }).passwordHashCost).toBe(17);
  expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://termine.example', LINK_SIGNING_SECRET: 'x'.repeat(32), PASSWORD_HASH_COST: '10' })).toThrow(/PASSWORD_HASH_COST/);
});
