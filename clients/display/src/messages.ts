import type { Translations } from '@zms/ui';

const de = {
  'app.title': 'Aufrufanzeige',
};

export const messages: Translations<typeof de> = {
  de,
  en: {
    'app.title': 'Call display',
  },
};
