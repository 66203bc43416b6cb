import type { Catalog, CatalogOfficeService, CatalogServiceText, WeeklyCapacity } from './dldb-catalog';

// The product's own demo data: invented offices and addresses in the style of Berlin's,
// so that demos and load tests need no third-party export.

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;
const SUN = 7;

const LONG_DAYS = [MON, TUE, THU];
const SHORT_DAYS = [WED, FRI];
const EVERY_DAY = [MON, TUE, WED, THU, FRI, SAT, SUN];

function window(weekdays: number[], start: string, end: string, publicCounters: number, internCounters: number, slotMinutes = 10): WeeklyCapacity {
  return {
    weekdays,
    start,
    end,
    slotMinutes,
    publicCounters,
    internCounters,
    startInDays: 1,
    endInDays: 60,
  };
}

function hours(weekdays: number[], open: string, close: string) {
  return { weekdays, open, close };
}

function offer(serviceNumber: number, slots: number, bookableOnline = true): CatalogOfficeService {
  return { serviceExternalId: `demo-service-${serviceNumber}`, slots, bookableOnline };
}

const ANMELDUNG = 1;
const ABMELDUNG = 2;
const PERSONALAUSWEIS = 3;
const REISEPASS = 4;
const FUEHRUNGSZEUGNIS = 5;
const MELDEBESCHEINIGUNG = 6;
const BEGLAUBIGUNG = 7;
const EHESCHLIESSUNG = 8;
const GEBURTSURKUNDE = 9;
const FUEHRERSCHEIN_UMSCHREIBEN = 10;
const INTERNATIONALER_FUEHRERSCHEIN = 11;
const AUFENTHALTSTITEL = 12;
const FAHRZEUG_ZULASSEN = 13;
const FAHRZEUG_ABMELDEN = 14;
const WOHNBERECHTIGUNGSSCHEIN = 15;
const KINDERREISEPASS = 16;

// Abmeldung works by post as well, so most offices keep it for walk-ins and staff.
const BUERGERAMT_SERVICES = [
  offer(ANMELDUNG, 1),
  offer(ABMELDUNG, 1, false),
  offer(PERSONALAUSWEIS, 2),
  offer(REISEPASS, 2),
  offer(KINDERREISEPASS, 1),
  offer(FUEHRUNGSZEUGNIS, 1),
  offer(MELDEBESCHEINIGUNG, 1),
  offer(BEGLAUBIGUNG, 1, false),
];

const text = (name: string, description: string, whatToBring: string[]): CatalogServiceText => ({ name, description, whatToBring: whatToBring.join('\n') });

/** The demo services in catalogue order (demo-service-1 …), in German and English. */
const demoServices: { de: CatalogServiceText; en: CatalogServiceText }[] = [
  {
    de: text('Anmeldung einer Wohnung', 'Wer in Berlin eine Wohnung bezieht, meldet sich innerhalb von 14 Tagen an.', ['Personalausweis oder Reisepass', 'Wohnungsgeberbestätigung des Vermieters', 'Anmeldeformular (ausgefüllt)']),
    en: text('Registering a flat', 'Anyone moving into a flat in Berlin registers within 14 days.', ['Identity card or passport', "Landlord's confirmation (Wohnungsgeberbestätigung)", 'Registration form (filled in)']),
  },
  {
    de: text('Abmeldung einer Wohnung', 'Abmeldung bei Wegzug ins Ausland oder bei Aufgabe einer Nebenwohnung.', ['Personalausweis oder Reisepass', 'Abmeldeformular (ausgefüllt)']),
    en: text('Deregistering a flat', 'Deregistration when moving abroad or giving up a second home.', ['Identity card or passport', 'Deregistration form (filled in)']),
  },
  {
    de: text('Personalausweis beantragen', 'Neuer Personalausweis für Deutsche ab 16 Jahren, mit biometrischem Foto.', [
      'Bisheriger Ausweis oder Reisepass',
      'Ein aktuelles biometrisches Passfoto',
      'Gebühr: 37 Euro (unter 24 Jahren 22,80 Euro)',
    ]),
    en: text('Applying for an identity card', 'A new German identity card for people aged 16 and over, with a biometric photo.', [
      'Your current identity card or passport',
      'One recent biometric passport photo',
      'Fee: 37 euros (under 24: 22.80 euros)',
    ]),
  },
  {
    de: text('Reisepass beantragen', 'Reisepass für Reisen außerhalb der EU; Bearbeitung etwa vier bis sechs Wochen.', [
      'Bisheriger Reisepass oder Personalausweis',
      'Ein aktuelles biometrisches Passfoto',
      'Gebühr: 70 Euro (unter 24 Jahren 37,50 Euro)',
    ]),
    en: text('Applying for a passport', 'A passport for travel outside the EU; it takes about four to six weeks.', ['Your current passport or identity card', 'One recent biometric passport photo', 'Fee: 70 euros (under 24: 37.50 euros)']),
  },
  {
    de: text('Führungszeugnis beantragen', 'Einfaches oder erweitertes Führungszeugnis zur Vorlage bei einer Stelle.', ['Personalausweis oder Reisepass', 'Für ein erweitertes Zeugnis: die Aufforderung der Stelle', 'Gebühr: 13 Euro']),
    en: text('Applying for a certificate of good conduct', 'A standard or extended certificate of good conduct (Führungszeugnis) for an employer or authority.', [
      'Identity card or passport',
      'For an extended certificate: the request of the employer or authority',
      'Fee: 13 euros',
    ]),
  },
  {
    de: text('Meldebescheinigung beantragen', 'Bescheinigung über die aktuelle oder frühere Wohnanschrift.', ['Personalausweis oder Reisepass']),
    en: text('Applying for a registration certificate', 'A certificate of your current or former registered address.', ['Identity card or passport']),
  },
  {
    de: text('Beglaubigung von Kopien und Unterschriften', 'Amtliche Beglaubigung von Abschriften, Kopien und Unterschriften.', ['Das Original und die Kopien', 'Personalausweis oder Reisepass (bei Unterschriften)']),
    en: text('Certifying copies and signatures', 'Official certification of transcripts, copies and signatures.', ['The original and the copies', 'Identity card or passport (for signatures)']),
  },
  {
    de: text('Eheschließung anmelden', 'Anmeldung der Eheschließung beim Standesamt, beide Verlobte kommen gemeinsam.', ['Personalausweise oder Reisepässe beider Verlobten', 'Aktuelle Geburtsurkunden', 'Erweiterte Meldebescheinigungen']),
    en: text('Registering a marriage', 'Notice of marriage at the registry office; both partners come together.', ['Identity cards or passports of both partners', 'Recent birth certificates', 'Extended registration certificates']),
  },
  {
    de: text('Geburtsurkunde beantragen', 'Geburtsurkunde für eine in Berlin beurkundete Geburt.', ['Personalausweis oder Reisepass', 'Gebühr: 12 Euro je Urkunde']),
    en: text('Applying for a birth certificate', 'A birth certificate for a birth registered in Berlin.', ['Identity card or passport', 'Fee: 12 euros per certificate']),
  },
  {
    de: text('Führerschein umschreiben', 'Umschreibung eines ausländischen Führerscheins in einen deutschen.', [
      'Ausländischer Führerschein und Übersetzung',
      'Personalausweis oder Reisepass',
      'Ein biometrisches Passfoto',
      'Sehtestbescheinigung',
    ]),
    en: text('Exchanging a foreign driving licence', 'Exchange of a foreign driving licence for a German one.', [
      'Foreign driving licence and a translation',
      'Identity card or passport',
      'One biometric passport photo',
      'Eye test certificate',
    ]),
  },
  {
    de: text('Internationaler Führerschein', 'Internationaler Führerschein zusätzlich zum deutschen Kartenführerschein.', ['Deutscher Kartenführerschein', 'Ein biometrisches Passfoto', 'Personalausweis oder Reisepass']),
    en: text('International driving permit', 'An international driving permit in addition to the German card licence.', ['German card driving licence', 'One biometric passport photo', 'Identity card or passport']),
  },
  {
    de: text('Aufenthaltstitel verlängern', 'Verlängerung einer Aufenthaltserlaubnis vor ihrem Ablauf.', ['Reisepass', 'Bisheriger Aufenthaltstitel', 'Ein biometrisches Passfoto', 'Nachweise über Einkommen und Krankenversicherung']),
    en: text('Extending a residence permit', 'Extension of a residence permit before it expires.', ['Passport', 'Current residence permit', 'One biometric passport photo', 'Proof of income and health insurance']),
  },
  {
    de: text('Fahrzeug zulassen', 'Zulassung eines neuen oder gebrauchten Fahrzeugs mit Kennzeichen.', [
      'Zulassungsbescheinigung Teil I und II',
      'Nachweis der Versicherung (eVB-Nummer)',
      'Personalausweis oder Reisepass',
      'SEPA-Mandat für die Kfz-Steuer',
    ]),
    en: text('Registering a vehicle', 'Registration of a new or used vehicle with number plates.', [
      'Registration certificates part I and II',
      'Proof of insurance (eVB number)',
      'Identity card or passport',
      'SEPA mandate for the vehicle tax',
    ]),
  },
  {
    de: text('Fahrzeug abmelden', 'Außerbetriebsetzung eines zugelassenen Fahrzeugs.', ['Zulassungsbescheinigung Teil I', 'Beide Kennzeichen']),
    en: text('Deregistering a vehicle', 'Taking a registered vehicle out of service.', ['Registration certificate part I', 'Both number plates']),
  },
  {
    de: text('Wohnberechtigungsschein beantragen', 'WBS für eine geförderte Wohnung, abhängig vom Einkommen.', ['Antragsformular (ausgefüllt)', 'Einkommensnachweise aller Haushaltsmitglieder', 'Personalausweis oder Reisepass']),
    en: text('Applying for a housing entitlement certificate', 'A WBS for subsidised housing, depending on income.', ['Application form (filled in)', 'Proof of income of everyone in the household', 'Identity card or passport']),
  },
  {
    de: text('Kinderreisepass beantragen', 'Reisedokument für Kinder unter 12 Jahren, sofort zum Mitnehmen.', ['Geburtsurkunde des Kindes', 'Ein aktuelles biometrisches Passfoto', 'Zustimmung beider Sorgeberechtigten']),
    en: text("Applying for a child's passport", 'A travel document for children under 12, issued on the spot.', ["The child's birth certificate", 'One recent biometric passport photo', 'Consent of both parents with custody']),
  },
];

export const demoCatalog: Catalog = {
  organisation: 'Land Berlin (Demo)',
  services: demoServices.map((service, index) => ({
    externalId: `demo-service-${index + 1}`,
    name: service.de.name,
    description: service.de.description,
    whatToBring: service.de.whatToBring,
    url: null,
    translations: { en: service.en },
  })),
  offices: [
    // First, so that it is office 1 of a new installation: a demo at night still has a queue to
    // draw tickets for. Berlin's public holidays close it like every office.
    {
      externalId: 'demo-office-round-the-clock',
      name: 'Demo-Bürgeramt (rund um die Uhr geöffnet)',
      street: 'Musterstraße',
      houseNumber: '1',
      postalCode: '10117',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES],
      openingHours: [hours(EVERY_DAY, '00:00', '24:00')],
      capacity: [window(EVERY_DAY, '00:00', '24:00', 2, 3, 15)],
      counters: 3,
    },
    {
      externalId: 'demo-office-1',
      name: 'Bürgeramt Mitte',
      street: 'Rathausstraße',
      houseNumber: '27',
      postalCode: '10178',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES, offer(WOHNBERECHTIGUNGSSCHEIN, 2)],
      openingHours: [hours(LONG_DAYS, '07:30', '18:30'), hours(SHORT_DAYS, '07:30', '13:30')],
      capacity: [window(LONG_DAYS, '08:00', '18:00', 6, 8), window(SHORT_DAYS, '08:00', '13:00', 5, 7)],
      counters: 8,
    },
    {
      externalId: 'demo-office-2',
      name: 'Bürgeramt Kreuzberg',
      street: 'Wrangelstraße',
      houseNumber: '58',
      postalCode: '10997',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES],
      openingHours: [hours(LONG_DAYS, '08:00', '18:00'), hours(SHORT_DAYS, '08:00', '13:00')],
      capacity: [window(LONG_DAYS, '08:00', '17:30', 4, 6), window(SHORT_DAYS, '08:00', '12:30', 3, 5)],
      counters: 6,
    },
    {
      externalId: 'demo-office-3',
      name: 'Bürgeramt Neukölln',
      street: 'Sonnenallee',
      houseNumber: '120',
      postalCode: '12045',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES, offer(WOHNBERECHTIGUNGSSCHEIN, 2, false)],
      openingHours: [hours(LONG_DAYS, '07:30', '18:30'), hours(SHORT_DAYS, '07:00', '13:30'), hours([SAT], '08:30', '13:30')],
      capacity: [window(LONG_DAYS, '08:00', '18:00', 4, 6), window(SHORT_DAYS, '07:30', '13:00', 3, 4), window([SAT], '09:00', '13:00', 2, 3)],
      counters: 6,
    },
    {
      externalId: 'demo-office-4',
      name: 'Bürgeramt Spandau',
      street: 'Altstädter Ring',
      houseNumber: '14',
      postalCode: '13597',
      city: 'Berlin',
      url: null,
      // Slots of 15 minutes: the longer services need one slot fewer here.
      services: [
        offer(ANMELDUNG, 1),
        offer(ABMELDUNG, 1),
        offer(PERSONALAUSWEIS, 1),
        offer(REISEPASS, 1),
        offer(KINDERREISEPASS, 1),
        offer(FUEHRUNGSZEUGNIS, 1),
        offer(MELDEBESCHEINIGUNG, 1),
        offer(BEGLAUBIGUNG, 1, false),
        offer(INTERNATIONALER_FUEHRERSCHEIN, 1, false),
      ],
      openingHours: [hours(LONG_DAYS, '07:30', '17:30'), hours(SHORT_DAYS, '07:30', '12:30')],
      capacity: [window(LONG_DAYS, '08:00', '17:00', 3, 5, 15), window(SHORT_DAYS, '08:00', '12:00', 2, 4, 15)],
      counters: 5,
    },
    {
      externalId: 'demo-office-5',
      name: 'Bürgeramt Pankow',
      street: 'Florastraße',
      houseNumber: '42',
      postalCode: '13187',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES],
      openingHours: [hours([MON, THU], '07:30', '18:30'), hours([TUE], '09:30', '18:30'), hours(SHORT_DAYS, '07:30', '13:30')],
      capacity: [window([MON, THU], '08:00', '18:00', 4, 5), window([TUE], '10:00', '18:00', 4, 5), window(SHORT_DAYS, '08:00', '13:00', 3, 4)],
      counters: 5,
    },
    {
      externalId: 'demo-office-6',
      name: 'Bürgeramt Charlottenburg',
      street: 'Kaiserdamm',
      houseNumber: '88',
      postalCode: '14057',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES, offer(INTERNATIONALER_FUEHRERSCHEIN, 1)],
      openingHours: [hours(LONG_DAYS, '07:30', '18:30'), hours(SHORT_DAYS, '07:30', '14:30')],
      capacity: [window(LONG_DAYS, '08:00', '18:00', 5, 7), window(SHORT_DAYS, '08:00', '14:00', 4, 6)],
      counters: 7,
    },
    {
      externalId: 'demo-office-7',
      name: 'Standesamt Mitte',
      street: 'Littenstraße',
      houseNumber: '9',
      postalCode: '10179',
      city: 'Berlin',
      url: null,
      services: [offer(EHESCHLIESSUNG, 3), offer(GEBURTSURKUNDE, 1), offer(BEGLAUBIGUNG, 1, false)],
      openingHours: [hours(LONG_DAYS, '08:30', '15:30'), hours([FRI], '08:30', '12:30')],
      capacity: [window(LONG_DAYS, '09:00', '15:00', 2, 3), window([FRI], '09:00', '12:00', 1, 2)],
      counters: 3,
    },
    {
      externalId: 'demo-office-8',
      name: 'Fahrerlaubnisbehörde (Puttkamerstraße)',
      street: 'Puttkamerstraße',
      houseNumber: '21',
      postalCode: '10958',
      city: 'Berlin',
      url: null,
      services: [offer(FUEHRERSCHEIN_UMSCHREIBEN, 2), offer(INTERNATIONALER_FUEHRERSCHEIN, 1)],
      openingHours: [hours(LONG_DAYS, '07:30', '15:30'), hours(SHORT_DAYS, '07:30', '13:30')],
      capacity: [window(LONG_DAYS, '08:00', '15:00', 4, 6), window(SHORT_DAYS, '08:00', '13:00', 3, 5)],
      counters: 6,
    },
    {
      externalId: 'demo-office-9',
      name: 'Landesamt für Einwanderung (Ausländerbehörde)',
      street: 'Westhafenstraße',
      houseNumber: '3',
      postalCode: '13353',
      city: 'Berlin',
      url: null,
      services: [offer(AUFENTHALTSTITEL, 3)],
      openingHours: [hours(LONG_DAYS, '07:00', '15:30'), hours([FRI], '07:00', '12:30')],
      capacity: [window(LONG_DAYS, '07:00', '15:00', 6, 8), window([FRI], '07:00', '12:00', 4, 6)],
      counters: 8,
    },
    {
      externalId: 'demo-office-10',
      name: 'Kfz-Zulassungsbehörde Lichtenberg',
      street: 'Frankfurter Allee',
      houseNumber: '210',
      postalCode: '10365',
      city: 'Berlin',
      url: null,
      services: [offer(FAHRZEUG_ZULASSEN, 2), offer(FAHRZEUG_ABMELDEN, 1, false)],
      openingHours: [hours([MON, WED, FRI], '07:00', '13:30'), hours([TUE, THU], '08:30', '18:00')],
      capacity: [window([MON, WED, FRI], '07:30', '13:00', 4, 6), window([TUE, THU], '09:00', '17:30', 4, 6)],
      counters: 6,
    },
    {
      externalId: 'demo-office-11',
      name: 'Bürgeramt Tempelhof',
      street: 'Tempelhofer Damm',
      houseNumber: '165',
      postalCode: '12099',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES, offer(WOHNBERECHTIGUNGSSCHEIN, 2)],
      openingHours: [hours(LONG_DAYS, '07:30', '18:30'), hours(SHORT_DAYS, '07:30', '13:30')],
      capacity: [window(LONG_DAYS, '08:00', '18:00', 3, 4), window(SHORT_DAYS, '08:00', '13:00', 2, 3)],
      counters: 4,
    },
    {
      externalId: 'demo-office-12',
      name: 'Bürgeramt Steglitz',
      street: 'Schloßstraße',
      houseNumber: '80',
      postalCode: '12165',
      city: 'Berlin',
      url: null,
      services: [...BUERGERAMT_SERVICES],
      openingHours: [hours(LONG_DAYS, '08:00', '18:00'), hours(SHORT_DAYS, '08:00', '12:30')],
      capacity: [window(LONG_DAYS, '08:30', '17:30', 2, 4), window(SHORT_DAYS, '08:30', '12:00', 2, 3)],
      counters: 4,
    },
  ],
};
