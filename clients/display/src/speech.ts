import type { Locale } from '@zms/ui';
import type { DisplayedCallFragment } from './gql/graphql';
import { placeIn, roomIn, textIn } from './languages';

const voiceLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** What a display says for a call: "Nummer A12, bitte zu Schalter 3" / "Number A12, please go to counter 3". */
export function spokenCall(locale: Locale, call: Pick<DisplayedCallFragment, 'displayNumber' | 'counterName' | 'room'>): string {
  const counter = placeIn(locale, call.counterName);
  return call.room ? textIn(locale, 'display.spokenWithRoom', { number: call.displayNumber, counter, room: roomIn(locale, call.room, true) }) : textIn(locale, 'display.spoken', { number: call.displayNumber, counter });
}

export interface Speaker {
  /** Says the call in each language in turn, after what is being said already. */
  speak(call: DisplayedCallFragment): void;
  /** Stops what is being said and what is queued. */
  stop(): void;
}

/** The browser's speech synthesis, with a voice of each language where the device has one. */
export function createSpeaker(languages: readonly Locale[]): Speaker {
  const synthesis = globalThis.speechSynthesis;
  return {
    speak(call) {
      if (!synthesis) return;
      for (const locale of languages) {
        const utterance = new SpeechSynthesisUtterance(spokenCall(locale, call));
        utterance.lang = voiceLocales[locale];
        const voice = synthesis.getVoices().find((candidate) => candidate.lang.replace('_', '-').startsWith(locale));
        if (voice) utterance.voice = voice;
        utterance.rate = 0.9;
        synthesis.speak(utterance);
      }
    },
    stop() {
      synthesis?.cancel();
    },
  };
}
