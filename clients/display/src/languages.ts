import type { Locale } from '@zms/ui';
import { messages } from './messages';

/**
 * The languages a display shows side by side and speaks, in this order. Offices have no
 * language setting yet: German, and English for everyone else.
 */
export const displayLanguages: readonly Locale[] = ['de', 'en'];

export type DisplayKey = keyof typeof messages.de;

/** A display text in a given language, whatever the page's language is; `{name}` takes `params.name`. */
export function textIn(locale: Locale, key: DisplayKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

const englishPlaces: [RegExp, string][] = [
  [/^(Schalter|Platz)\b/i, 'counter'],
  [/^Raum\b/i, 'room'],
];

/** A counter or room as a language says it: their names are German ("Schalter 3", "Raum 104"). */
export function placeIn(locale: Locale, name: string): string {
  if (locale !== 'en') return name;
  return englishPlaces.reduce((text, [german, english]) => text.replace(german, english), name);
}

/** A room as a language writes it, or says it mid-sentence: "104" gets its word, "Raum 104" has it. */
export function roomIn(locale: Locale, room: string, spoken = false): string {
  return /^(Raum|Room)\b/i.test(room) ? placeIn(locale, room) : textIn(locale, spoken ? 'display.spokenRoom' : 'display.room', { room });
}
