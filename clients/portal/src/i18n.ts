import { useI18n as useSharedI18n, type I18n } from '@zms/ui';
import type { messages } from './messages';

export type MessageKey = keyof typeof messages.de | Parameters<ReturnType<typeof useSharedI18n>['t']>[0];

/** The shared i18n, typed with this app's keys. */
export const useI18n = (): I18n<MessageKey> => useSharedI18n<MessageKey>();
