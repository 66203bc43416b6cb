// Walk-ins told when their turn nears (issue 20, item 2): the contact staff enter at the counter.
export const headsUpDe = {
  'headsUp.legend': 'Benachrichtigung, wenn die Nummer bald dran ist',
  'headsUp.phone': 'Handynummer (SMS)',
  'headsUp.email': 'E-Mail-Adresse',
  'headsUp.save': 'Kontakt speichern',
  'headsUp.saved': 'Kontakt gespeichert; er wird am Ende des Tages gelöscht.',
  'headsUp.cleared': 'Kontakt gelöscht.',
  'headsUp.invalidPhone': 'Die Handynummer braucht eine Vorwahl.',
  'headsUp.invalidEmail': 'Die E-Mail-Adresse ist nicht gültig.',
  'headsUp.failed': 'Der Kontakt konnte nicht gespeichert werden.',
} as const;

export const headsUpEn: Record<keyof typeof headsUpDe, string> = {
  'headsUp.legend': 'Tell when the number is nearly due',
  'headsUp.phone': 'Mobile number (text message)',
  'headsUp.email': 'Email address',
  'headsUp.save': 'Save contact',
  'headsUp.saved': 'Contact saved; it is deleted at the end of the day.',
  'headsUp.cleared': 'Contact deleted.',
  'headsUp.invalidPhone': 'The mobile number needs its area code.',
  'headsUp.invalidEmail': 'The email address is not valid.',
  'headsUp.failed': 'The contact could not be saved.',
};
