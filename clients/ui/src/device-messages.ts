import type { Translations } from './i18n';

const de = {
  'device.setup.title': 'Gerät einrichten',
  'device.setup.intro': 'Geben Sie den Geräteschlüssel ein, den die Standortverwaltung für dieses Gerät erstellt hat (beginnt mit „zd_“).',
  'device.setup.label': 'Geräteschlüssel',
  'device.setup.invalid': 'Das ist kein Geräteschlüssel. Er beginnt mit „zd_“ und hat 35 Zeichen.',
  'device.setup.save': 'Speichern und starten',
  'device.refused.title': 'Geräteschlüssel ungültig',
  'device.refused.text': 'Der gespeicherte Schlüssel wird nicht mehr angenommen (widerrufen oder falsch). Bitte geben Sie einen neuen Schlüssel ein.',
};

/** The texts of the device set-up screen, for the apps that run on a device key. */
export const deviceMessages: Translations<typeof de> = {
  de,
  en: {
    'device.setup.title': 'Set up this device',
    'device.setup.intro': 'Enter the device key the office administration created for this device (it starts with “zd_”).',
    'device.setup.label': 'Device key',
    'device.setup.invalid': 'This is not a device key. It starts with “zd_” and has 35 characters.',
    'device.setup.save': 'Save and start',
    'device.refused.title': 'Device key not valid',
    'device.refused.text': 'The stored key is no longer accepted (revoked or wrong). Please enter a new key.',
  },
};
