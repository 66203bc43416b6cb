import type { Translations } from '@zms/ui';

const de = {
  'app.title': 'Termin buchen',
};

export const messages: Translations<typeof de> = {
  de,
  en: {
    'app.title': 'Book an appointment',
  },
};
