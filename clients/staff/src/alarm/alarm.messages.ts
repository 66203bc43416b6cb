import type { Translations } from '@zms/ui';

const de = {
  'alarm.raise': 'Stiller Alarm',
  'alarm.raiseHint': 'Ruft still Hilfe an Ihren Schalter: alle Mitarbeitenden des Standorts sehen und hören es, die Aufrufanzeige und der Kiosk nie.',
  'alarm.raised': 'Alarm ausgelöst. Die Kolleginnen und Kollegen sind informiert.',
  'alarm.banner': 'Alarme',
  'alarm.at': 'Alarm: {counter}',
  'alarm.room': 'Raum {room}',
  'alarm.since': 'seit {time}',
  'alarm.by': 'ausgelöst von {name}',
  'alarm.acknowledge': 'Alarm an {counter} quittieren',
  'alarm.acknowledgeShort': 'Quittieren',
};

export const alarmMessages: Translations<typeof de> = {
  de,
  en: {
    'alarm.raise': 'Silent alarm',
    'alarm.raiseHint': 'Quietly calls for help at your counter: every staff member of the office sees and hears it, the call display and the kiosk never do.',
    'alarm.raised': 'Alarm raised. Your colleagues have been told.',
    'alarm.banner': 'Alarms',
    'alarm.at': 'Alarm: {counter}',
    'alarm.room': 'room {room}',
    'alarm.since': 'since {time}',
    'alarm.by': 'raised by {name}',
    'alarm.acknowledge': 'Acknowledge the alarm at {counter}',
    'alarm.acknowledgeShort': 'Acknowledge',
  },
};
