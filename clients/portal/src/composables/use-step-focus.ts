import { nextTick, watch, type WatchSource } from 'vue';

/**
 * Moves keyboard and screen-reader focus to the heading of what is shown after a change of step,
 * so that nobody is left on a button that vanished. Headings take part with `data-step-heading`
 * and `tabindex="-1"`.
 */
export function useStepFocus(step: WatchSource<unknown>): void {
  watch(step, async () => {
    await nextTick();
    const heading = document.querySelector<HTMLElement>('[data-step-heading]');
    heading?.focus();
    heading?.scrollIntoView({ block: 'nearest' });
  });
}
