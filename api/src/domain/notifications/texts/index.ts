import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { pl } from './pl';
import { ru } from './ru';
import type { Language, MessageTexts } from './shape';
import { tr } from './tr';
import { uk } from './uk';

export { languages, type Language, type MessageTexts } from './shape';

/** Each language's texts; a language missing here, or a text missing in one, fails the type check. */
export const messageTexts: Record<Language, MessageTexts> = { de, en, tr, ar, uk, ru, pl };
