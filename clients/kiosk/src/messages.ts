import type { Translations } from '@zms/ui';

const de = {
  'app.title': 'Wartenummer ziehen',
};

export const messages: Translations<typeof de> = {
  de,
  en: {
    'app.title': 'Take a ticket',
  },
};
