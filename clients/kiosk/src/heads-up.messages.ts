// Walk-ins told when their turn nears (issue 20, item 2), merged into messages.ts.
export const headsUpDe = {
  'headsUp.title': 'Benachrichtigung, wenn Sie bald dran sind (freiwillig)',
  'headsUp.intro': 'Wir schicken Ihnen einmal eine Nachricht, kurz bevor Sie aufgerufen werden. Die Angaben werden am Ende des Tages gelöscht.',
  'headsUp.phone': 'Handynummer für eine SMS',
  'headsUp.email': 'oder E-Mail-Adresse',
  'headsUp.save': 'Benachrichtigen',
  'headsUp.saved': 'Gespeichert. Wir melden uns, kurz bevor Sie dran sind.',
  'headsUp.invalid': 'Bitte prüfen Sie die Handynummer (mit Vorwahl) oder die E-Mail-Adresse.',
  'headsUp.failed': 'Das hat nicht geklappt. Sie können die Angabe auch auf der Seite zum QR-Code machen.',
} as const;

export const headsUpEn: Record<keyof typeof headsUpDe, string> = {
  'headsUp.title': 'Be told when your turn nears (optional)',
  'headsUp.intro': 'We send you one message shortly before you are called. What you enter is deleted at the end of the day.',
  'headsUp.phone': 'Mobile number for a text message',
  'headsUp.email': 'or email address',
  'headsUp.save': 'Notify me',
  'headsUp.saved': 'Saved. We will tell you shortly before your turn.',
  'headsUp.invalid': 'Please check the mobile number (with area code) or the email address.',
  'headsUp.failed': 'That did not work. You can also enter it on the page of the QR code.',
};
