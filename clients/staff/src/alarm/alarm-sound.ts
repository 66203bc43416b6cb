import { onScopeDispose, watch, type Ref } from 'vue';

/** A short beep every two seconds: loud enough to notice, quiet enough for a waiting room not to. */
const beepEveryMs = 2_000;

/**
 * Beeps through Web Audio while `sounding` is true. The audio context is closed when it stops, so
 * that nothing keeps playing (and a test can tell it stopped). A browser that refuses audio before
 * a first interaction stays silent; the banner still shows.
 */
export function useAlarmSound(sounding: Ref<boolean>): void {
  let context: AudioContext | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  const beep = () => {
    if (!context) return;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.2;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.25);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    void context?.close().catch(() => undefined);
    context = null;
  };
  watch(
    sounding,
    (on) => {
      if (!on) return stop();
      if (context || typeof AudioContext === 'undefined') return;
      context = new AudioContext();
      beep();
      timer = setInterval(beep, beepEveryMs);
    },
    { immediate: true },
  );
  onScopeDispose(stop);
}
