import { ref, watch, type Ref } from 'vue';

const storageKey = 'zms.display.sound';

/** Whether the display may sound its gong and speak, as set on this device: on until switched off. */
export function useSoundSetting(): Ref<boolean> {
  const wanted = ref(globalThis.localStorage?.getItem(storageKey) !== 'off');
  watch(wanted, (on) => globalThis.localStorage?.setItem(storageKey, on ? 'on' : 'off'));
  return wanted;
}
