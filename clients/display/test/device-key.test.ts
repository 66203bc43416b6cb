import { describe, expect, it } from 'vitest';
import { deviceKeyFromFragment, isDeviceKey, useDeviceKey } from '../../ui/src/device-key';

const key = `zd_${'a1B2_-'.repeat(5)}xy`;

function browserLike(hash: string) {
  const stored = new Map<string, string>();
  const storage = {
    getItem: (name: string) => stored.get(name) ?? null,
    setItem: (name: string, value: string) => void stored.set(name, value),
    removeItem: (name: string) => void stored.delete(name),
  } as Storage;
  const replaced: string[] = [];
  const location = { hash, pathname: '/display/', search: '' } as Location;
  const history = { state: null, replaceState: (_state: unknown, _title: string, url: string) => void replaced.push(url) } as unknown as History;
  return { storage, location, history, stored, replaced };
}

describe('the device key', () => {
  it('knows a device key when it sees one', () => {
    expect(isDeviceKey(key)).toBe(true);
    expect(isDeviceKey(`zk_${key.slice(3)}`)).toBe(false);
    expect(isDeviceKey(key.slice(0, -1))).toBe(false);
    expect(deviceKeyFromFragment(`#key=${key}`)).toBe(key);
    expect(deviceKeyFromFragment('#key=zd_short')).toBeNull();
    expect(deviceKeyFromFragment('')).toBeNull();
  });

  it('takes the key from the address once, stores it, and removes it from the address', () => {
    const browser = browserLike(`#key=${key}`);
    const device = useDeviceKey(browser.storage, browser.location, browser.history);
    expect(device.key.value).toBe(key);
    expect(browser.stored.get('zms.deviceKey')).toBe(key);
    expect(browser.replaced).toEqual(['/display/']);
  });

  it('keeps the stored key across starts and forgets it on request', () => {
    const browser = browserLike('');
    browser.stored.set('zms.deviceKey', key);
    const device = useDeviceKey(browser.storage, browser.location, browser.history);
    expect(device.key.value).toBe(key);
    expect(browser.replaced).toEqual([]);
    device.forget();
    expect(device.key.value).toBeNull();
    expect(browser.stored.has('zms.deviceKey')).toBe(false);
  });
});
