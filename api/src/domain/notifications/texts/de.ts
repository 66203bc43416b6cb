import type { MessageTexts } from './shape';

export const de: MessageTexts = {
  locale: 'de-DE',
  direction: 'ltr',
  greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
  signature: 'Ihre Terminvereinbarung',
  facts: { number: 'Vorgangsnummer', time: 'Termin', services: 'Dienstleistung', place: 'Ort' },
  forPersons: (count) => `für ${count} Personen`,
  contact: { name: 'Name', email: 'E-Mail', phone: 'Telefon' },
  bringHeading: 'Bitte bringen Sie mit:',
  accessCode: (number, code) => `Mit Vorgangsnummer ${number} und Code ${code} können Sie den Termin jederzeit ansehen, verschieben oder absagen. Bitte geben Sie den Code nicht weiter.`,
  links: { manage: 'Termin verwalten', cancel: 'Termin absagen', bookNew: 'Neuen Termin buchen' },
  confirmed: {
    subject: (time) => `Ihr Termin am ${time}`,
    booked: 'Ihr Termin ist gebucht. Den Kalendereintrag finden Sie im Anhang.',
    pleaseCancel: 'Bitte sagen Sie ab, wenn Sie nicht kommen können: So bekommt jemand anderes den Termin.',
  },
  optInRequested: {
    subject: 'Bitte bestätigen Sie Ihren Termin',
    intro: (confirmBy) => `Ihr Termin ist vorgemerkt. Bestätigen Sie ihn bis ${confirmBy}, sonst verfällt er.`,
    confirm: 'Termin bestätigen',
  },
  rescheduled: {
    subject: (time) => `Ihr Termin wurde verschoben: ${time}`,
    intro: (previousTime) => `Ihr Termin vom ${previousTime} wurde verschoben. Der neue Kalendereintrag ist angehängt.`,
  },
  cancelled: { subject: 'Ihr Termin wurde abgesagt', intro: 'Ihr Termin ist abgesagt. Danke, dass Sie ihn freigegeben haben.' },
  cancelledByOffice: { subject: 'Ihr Termin muss leider entfallen', intro: 'Das Amt musste Ihren Termin leider absagen.', reason: 'Grund' },
  optInExpired: { subject: 'Ihr Termin ist verfallen', intro: 'Sie haben Ihren Termin nicht rechtzeitig bestätigt; er ist wieder frei.' },
  reminder: {
    subject: (time) => `Erinnerung: Ihr Termin am ${time}`,
    intro: 'wir erinnern Sie an Ihren Termin.',
    cannotCome: 'Sie können nicht kommen? Sagen Sie bitte mit einem Klick ab.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Gleich sind Sie dran: ${displayNumber}`,
    body: (displayNumber, office, position) => `Ihre Nummer ${displayNumber} bei ${office} ist bald an der Reihe (Platz ${position}). Bitte kommen Sie in den Wartebereich.`,
  },
  waitlistJoined: {
    subject: 'Sie stehen auf der Warteliste',
    body: (services, offices) => `Wir schreiben Ihnen, sobald ein früherer Termin für ${services} frei wird (${offices}).`,
    leave: 'Warteliste verlassen',
  },
  waitlistOffer: {
    subject: (time) => `Ein früherer Termin ist frei: ${time}`,
    held: (until) => `Dieser Termin ist bis ${until} nur für Sie reserviert.`,
    take: 'Termin übernehmen',
  },
  drawVerify: {
    subject: (service) => `Bitte bestätigen Sie Ihre Registrierung für die Verlosung: ${service}`,
    registered: (service, offices, dates) => `Sie haben sich für die Verlosung der Termine für ${service} registriert (${offices}; ${dates}).`,
    confirmBy: (closesAt, drawAt) =>
      `Bitte bestätigen Sie Ihre Registrierung bis ${closesAt}: Erst dann nimmt sie teil. Wann Sie sich vor dieser Frist registrieren, macht keinen Unterschied. Die Verlosung ist am ${drawAt}; danach schreiben wir Ihnen.`,
    confirm: 'Registrierung bestätigen',
    status: 'Stand Ihrer Registrierung',
    smsCode: (code) => `Ihr Bestätigungscode: ${code}`,
  },
  drawOffer: {
    subject: (time) => `Ihr Termin aus der Verlosung: ${time}`,
    won: (until) => `Bei der Verlosung ist dieser Termin auf Sie gefallen. Er ist bis ${until} für Sie reserviert: Nehmen Sie ihn an oder lehnen Sie ihn ab. Danach geht er an die Nächsten in der Reihenfolge der Verlosung.`,
    persons: (count) => `Personen: ${count}`,
    ownName: 'Der Termin wird auf Ihren Namen gebucht und kann nicht auf eine andere Person übertragen werden.',
    take: 'Termin annehmen oder ablehnen',
  },
  drawUnmatched: {
    subject: (service) => `Diesmal kein Termin aus der Verlosung: ${service}`,
    intro: (service, offices, dates) => `Bei der Verlosung der Termine für ${service} war diesmal kein Termin frei, der zu Ihren Angaben passt (${offices}; ${dates}).`,
    rolledOver: 'Ihre Registrierung nimmt automatisch an der nächsten Verlosung teil; Sie müssen nichts tun.',
    ended: 'Ihre Registrierung ist damit beendet. Für die nächste Verlosung können Sie sich wieder registrieren.',
    status: 'Stand Ihrer Registrierung',
  },
  officeCopyBooked: { subject: (number, time) => `Neue Buchung ${number}: ${time}`, intro: 'Bei Ihnen wurde ein Termin gebucht.' },
  officeCopyCancelled: { subject: (number, time) => `Absage ${number}: ${time}`, intro: 'Dieser Termin wurde abgesagt.' },
  survey: {
    subject: (office) => `Wie war Ihr Besuch bei ${office}?`,
    intro: 'danke für Ihren Besuch. Sagen Sie uns in wenigen Minuten, wie zufrieden Sie waren?',
    take: 'Zur Umfrage',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook abgeschaltet',
    body: (url, failures) =>
      `Ihr Webhook-Empfänger ${url} hat ${failures}-mal in Folge nicht angenommen; wir haben ihn abgeschaltet. Was seitdem geschah, wartet im Zustellprotokoll: Schalten Sie ihn wieder ein (updateWebhookEndpoint), sobald er antwortet, dann wird es nachgeliefert.`,
  },
  calendar: {
    summary: (number, services) => `Termin ${number}: ${services}`,
    description: (number, manageUrl) => `Vorgangsnummer ${number}. Termin verwalten oder absagen: ${manageUrl}`,
  },
  sample: { officeName: 'Bürgeramt Beispiel', service: 'Anmeldung einer Wohnung', item: 'Personalausweis', reason: 'Das Amt bleibt wegen einer Betriebsversammlung geschlossen.' },
};
