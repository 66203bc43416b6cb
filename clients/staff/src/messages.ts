import type { Translations } from '@zms/ui';

const de = {
  'app.title': 'Sachbearbeitung',
};

export const messages: Translations<typeof de> = {
  de,
  en: {
    'app.title': 'Counter',
  },
};
