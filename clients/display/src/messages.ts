import { deviceMessages, type Translations } from '@zms/ui';

const de = {
  ...deviceMessages.de,
  'app.title': 'Aufrufanzeige',
  'display.loading': 'Anzeige wird gestartet …',
  'display.latest': 'Aufruf',
  'display.goTo': 'bitte zu',
  'display.room': 'Raum {room}',
  'display.history': 'Letzte Aufrufe',
  'display.number': 'Nummer',
  'display.counter': 'Platz',
  'display.noCalls': 'Noch keine Aufrufe. Bitte warten Sie, bis Ihre Nummer erscheint.',
  'display.waiting': 'Wartende',
  'display.estimate': 'Wartezeit ca.',
  'display.minutes': '{minutes} Min.',
  'display.enableSound': 'Ton einschalten',
  'display.clock': 'Uhrzeit',
};

export const messages: Translations<typeof de> = {
  de,
  en: {
    ...deviceMessages.en,
    'app.title': 'Call display',
    'display.loading': 'Starting the display …',
    'display.latest': 'Now calling',
    'display.goTo': 'please go to',
    'display.room': 'Room {room}',
    'display.history': 'Latest calls',
    'display.number': 'Number',
    'display.counter': 'Counter',
    'display.noCalls': 'No calls yet. Please wait until your number appears.',
    'display.waiting': 'Waiting',
    'display.estimate': 'Wait approx.',
    'display.minutes': '{minutes} min',
    'display.enableSound': 'Enable sound',
    'display.clock': 'Time',
  },
};
