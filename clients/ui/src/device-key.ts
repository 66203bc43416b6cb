import { ref, type InjectionKey, type Ref } from 'vue';

const storageKey = 'zms.deviceKey';

/** A device key as the API makes them: `zd_` and 32 base64url characters (192 bits). */
export function isDeviceKey(text: string): boolean {
  return /^zd_[A-Za-z0-9_-]{32}$/.test(text.trim());
}

/** The key of a set-up link `…#key=zd_…`, so that an admin can open a display or kiosk once with it. */
export function deviceKeyFromFragment(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && isDeviceKey(key) ? key.trim() : null;
}

export interface DeviceKey {
  /** The stored key, or null until the device is set up. */
  key: Ref<string | null>;
  save(key: string): void;
  forget(): void;
}

/**
 * The key a display or kiosk signs in with: taken once from the address (then removed from it,
 * so that it is neither bookmarked nor shown) and kept in localStorage across restarts.
 */
export function useDeviceKey(storage: Storage = window.localStorage, location: Location = window.location, history: History = window.history): DeviceKey {
  const fromAddress = deviceKeyFromFragment(location.hash);
  if (fromAddress) {
    storage.setItem(storageKey, fromAddress);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  const key = ref<string | null>(storage.getItem(storageKey));
  return {
    key,
    save(next) {
      storage.setItem(storageKey, next.trim());
      key.value = next.trim();
    },
    forget() {
      storage.removeItem(storageKey);
      key.value = null;
    },
  };
}

/** Where an app provides its device key to its components. */
export const deviceKeyInjection: InjectionKey<DeviceKey> = Symbol('deviceKey');
