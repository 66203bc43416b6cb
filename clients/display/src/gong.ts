import { ref, type Ref } from 'vue';

/** Two falling tones, as waiting rooms know them: frequency in Hz, start and length in seconds. */
export const gongTones = [
  { frequency: 659.25, start: 0, length: 1.6 },
  { frequency: 523.25, start: 0.55, length: 2.2 },
] as const;

export interface Gong {
  /** Whether the browser lets the page play sound: with the autoplay flag at once, else after one click. */
  armed: Ref<boolean>;
  arm(): Promise<void>;
  play(): void;
  close(): void;
}

/** A gong made with WebAudio: no audio file, and nothing left connected once a tone has faded. */
export function createGong(): Gong {
  const AudioContextClass = globalThis.AudioContext;
  const context = AudioContextClass ? new AudioContextClass() : null;
  const armed = ref(context?.state === 'running');
  const onStateChange = () => (armed.value = context?.state === 'running');
  context?.addEventListener('statechange', onStateChange);

  return {
    armed,
    async arm() {
      await context?.resume();
      onStateChange();
    },
    play() {
      if (!context || context.state !== 'running') return;
      const now = context.currentTime;
      for (const tone of gongTones) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = tone.frequency;
        gain.gain.setValueAtTime(0.0001, now + tone.start);
        gain.gain.exponentialRampToValueAtTime(0.5, now + tone.start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + tone.start + tone.length);
        oscillator.connect(gain).connect(context.destination);
        oscillator.addEventListener('ended', () => {
          oscillator.disconnect();
          gain.disconnect();
        });
        oscillator.start(now + tone.start);
        oscillator.stop(now + tone.start + tone.length);
      }
    },
    close() {
      context?.removeEventListener('statechange', onStateChange);
      void context?.close();
    },
  };
}
