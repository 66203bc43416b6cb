import { getCurrentInstance, nextTick, watch, type WatchSource } from 'vue';

/** The document, or the shadow root of the booking widget, that the calling component is shown in. */
function shownIn(): () => Document | ShadowRoot {
  const instance = getCurrentInstance();
  return () => {
    const root = (instance?.vnode.el as Node | null | undefined)?.getRootNode();
    return root instanceof ShadowRoot ? root : document;
  };
}

async function focusStepHeading(root: () => Document | ShadowRoot): Promise<void> {
  await nextTick();
  const heading = root().querySelector<HTMLElement>('[data-step-heading]');
  heading?.focus();
  heading?.scrollIntoView({ block: 'nearest' });
}

/**
 * Moves keyboard and screen-reader focus to the heading of what is shown after a change of step,
 * so that nobody is left on a button that vanished. Headings take part with `data-step-heading`
 * and `tabindex="-1"`.
 */
export function useStepFocus(step: WatchSource<unknown>): void {
  const root = shownIn();
  watch(step, () => focusStepHeading(root));
}

/**
 * The same for a page that loads what it shows (`shown` is null while loading): the first load
 * leaves the focus where the browser put it, as on any page just opened; every later change of
 * what is shown (the result of a click) moves it to the new heading.
 */
export function useStepFocusAfterLoad(shown: WatchSource<string | null>): void {
  const root = shownIn();
  let loaded = false;
  watch(shown, async (current) => {
    if (current === null) return;
    if (!loaded) {
      loaded = true;
      return;
    }
    await focusStepHeading(root);
  });
}
