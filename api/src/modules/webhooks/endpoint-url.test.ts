import { describe, expect, it } from 'vitest';
import { endpointUrlProblem, isInternalAddress } from './endpoint-url';

describe('endpoint URLs', () => {
  it('in production: https to public hosts only', () => {
    expect(endpointUrlProblem('https://hooks.example.org/zms', true)).toBeNull();
    expect(endpointUrlProblem('http://hooks.example.org/zms', true)).toMatch(/https/);
    expect(endpointUrlProblem('https://127.0.0.1/zms', true)).toMatch(/private/);
    expect(endpointUrlProblem('https://169.254.169.254/latest', true)).toMatch(/private/);
    expect(endpointUrlProblem('https://[::1]/zms', true)).toMatch(/private/);
    expect(endpointUrlProblem('https://[::ffff:10.0.0.1]/zms', true)).toMatch(/private/);
    expect(endpointUrlProblem('https://localhost/zms', true)).toMatch(/public host/);
    expect(endpointUrlProblem('https://user:pw@hooks.example.org/', true)).toMatch(/password/);
    expect(endpointUrlProblem('not a url', true)).toMatch(/valid/);
  });

  it('outside production: http to a local receiver too', () => {
    expect(endpointUrlProblem('http://127.0.0.1:4567/hook', false)).toBeNull();
    expect(endpointUrlProblem('ftp://127.0.0.1/hook', false)).toMatch(/https or http/);
  });

  it('tells internal addresses from public ones', () => {
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '127.0.0.1', '0.0.0.0', '100.64.0.1', 'fd00::1', 'fe80::1', '::1', '::ffff:127.0.0.1', 'garbage']) expect(isInternalAddress(address), address).toBe(true);
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34']) expect(isInternalAddress(address), address).toBe(false);
  });
});
