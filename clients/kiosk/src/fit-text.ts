import type { Directive } from 'vue';

/** The smallest share of its size a tile's text shrinks to; a word still too long then breaks (CSS). */
export const minTextScale = 0.6;
const step = 0.05;

/**
 * Whether a line of the element's text reaches beyond its content box. Measured on the lines'
 * own boxes: scrollWidth rounds to whole pixels, and a word a fraction of a pixel too wide would
 * pass it and still be broken.
 */
function sticksOut(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const text = document.createRange();
  text.selectNodeContents(element);
  return [...text.getClientRects()].some((line) => line.left < left - 0.01 || line.right > right + 0.01);
}

/**
 * Shrinks an element's text until no word sticks out of it. Measured with words kept whole, so
 * that a browser that hyphenates (lang="de", hyphens: auto) needs no shrinking at all.
 */
export function fitText(element: HTMLElement): void {
  element.style.fontSize = '';
  element.classList.add('fit-text--measuring');
  const size = parseFloat(getComputedStyle(element).fontSize);
  for (let scale = 1; sticksOut(element) && scale > minTextScale;) {
    scale = Math.max(minTextScale, scale - step);
    element.style.fontSize = `${size * scale}px`;
  }
  element.classList.remove('fit-text--measuring');
}

const observers = new WeakMap<HTMLElement, ResizeObserver>();

/** `v-fit-text`: fits the text at mount, on every change of the element's width, and when its text changes. */
export const vFitText: Directive<HTMLElement> = {
  mounted(element) {
    let width = -1;
    // Only a new width calls for a new fit: the fit changes the height, which must not start it again.
    const observer = new ResizeObserver(([entry]) => {
      if (entry.contentRect.width === width) return;
      width = entry.contentRect.width;
      fitText(element);
    });
    observer.observe(element);
    observers.set(element, observer);
  },
  updated(element) {
    fitText(element);
  },
  beforeUnmount(element) {
    observers.get(element)?.disconnect();
    observers.delete(element);
  },
};
