import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import type { DeviceKey } from './device-key';
import { describeProblem } from './errors';

/** How often a device asks again while the server cannot be reached (at boot, or restarting). */
const retryMs = 5_000;

/**
 * Whether the server refused the credential: a GraphQL error UNAUTHENTICATED or FORBIDDEN, which
 * arrives with HTTP 401 (Apollo then reports it as a failed request) or inside a 200 answer.
 */
export function isRefusal(error: unknown): boolean {
  const statusCode = (error as { networkError?: { statusCode?: number } } | null)?.networkError?.statusCode;
  if (statusCode === 401 || statusCode === 403) return true;
  const problem = describeProblem(error).key;
  return problem === 'error.UNAUTHENTICATED' || problem === 'error.FORBIDDEN';
}

/**
 * Starts a display or kiosk: asks the server what the key serves (`fetch`), again every few
 * seconds while it cannot be reached; a refused key (unknown or revoked) leads to the set-up screen.
 */
export function useDeviceStart<T>(deviceKey: DeviceKey, fetch: () => Promise<T>) {
  const result = shallowRef<T | null>(null) as Ref<T | null>;
  const refused = ref(false);
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function load() {
    clearTimeout(retry);
    if (!deviceKey.key.value) return;
    try {
      result.value = await fetch();
      refused.value = false;
    } catch (error) {
      refused.value = isRefusal(error);
      retry = setTimeout(load, retryMs);
    }
  }

  function save(key: string) {
    deviceKey.save(key);
    // A fresh start signs the socket in with the new key.
    window.location.reload();
  }

  watch(() => deviceKey.key.value, load, { immediate: true });
  onBeforeUnmount(() => clearTimeout(retry));
  return { result, refused, save, reload: load };
}
