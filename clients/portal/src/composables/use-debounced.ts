import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/** A copy of `source` that follows it only after `delayMs` without change: one search per pause in typing. */
export function useDebounced<T>(source: Ref<T>, delayMs: number): Ref<T> {
  const debounced = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (debounced.value = value), delayMs);
  });
  onBeforeUnmount(() => clearTimeout(timer));
  return debounced;
}
