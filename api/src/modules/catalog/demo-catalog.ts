import type { Catalog, CatalogOfficeService, WeeklyCapacity } from './dldb-catalog';

// The product's own demo data: invented offices and addresses in the style of Berlin's,
// so that demos and load tests need no third-party export.

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;

const LONG_DAYS = [MON, TUE, THU];
const SHORT_DAYS = [WED, FRI];

function window(
  weekdays: number[],
  start: string,
  end: string,
  publicCounters: number,
  internCounters: number,
  slotMinutes = 10,
): WeeklyCapacity {
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

export const demoCatalog: Catalog = {
  organisation: 'Land Berlin (Demo)',
  services: [
    ['Anmeldung einer Wohnung', 'Wer in Berlin eine Wohnung bezieht, meldet sich innerhalb von 14 Tagen an.'],
    ['Abmeldung einer Wohnung', 'Abmeldung bei Wegzug ins Ausland oder bei Aufgabe einer Nebenwohnung.'],
    ['Personalausweis beantragen', 'Neuer Personalausweis für Deutsche ab 16 Jahren, mit biometrischem Foto.'],
    ['Reisepass beantragen', 'Reisepass für Reisen außerhalb der EU; Bearbeitung etwa vier bis sechs Wochen.'],
    ['Führungszeugnis beantragen', 'Einfaches oder erweitertes Führungszeugnis zur Vorlage bei einer Stelle.'],
    ['Meldebescheinigung beantragen', 'Bescheinigung über die aktuelle oder frühere Wohnanschrift.'],
    ['Beglaubigung von Kopien und Unterschriften', 'Amtliche Beglaubigung von Abschriften, Kopien und Unterschriften.'],
    ['Eheschließung anmelden', 'Anmeldung der Eheschließung beim Standesamt, beide Verlobte kommen gemeinsam.'],
    ['Geburtsurkunde beantragen', 'Geburtsurkunde für eine in Berlin beurkundete Geburt.'],
    ['Führerschein umschreiben', 'Umschreibung eines ausländischen Führerscheins in einen deutschen.'],
    ['Internationaler Führerschein', 'Internationaler Führerschein zusätzlich zum deutschen Kartenführerschein.'],
    ['Aufenthaltstitel verlängern', 'Verlängerung einer Aufenthaltserlaubnis vor ihrem Ablauf.'],
    ['Fahrzeug zulassen', 'Zulassung eines neuen oder gebrauchten Fahrzeugs mit Kennzeichen.'],
    ['Fahrzeug abmelden', 'Außerbetriebsetzung eines zugelassenen Fahrzeugs.'],
    ['Wohnberechtigungsschein beantragen', 'WBS für eine geförderte Wohnung, abhängig vom Einkommen.'],
    ['Kinderreisepass beantragen', 'Reisedokument für Kinder unter 12 Jahren, sofort zum Mitnehmen.'],
  ].map(([name, description], index) => ({
    externalId: `demo-service-${index + 1}`,
    name,
    description,
    url: null,
  })),
  offices: [
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
      openingHours: [
        hours(LONG_DAYS, '07:30', '18:30'),
        hours(SHORT_DAYS, '07:00', '13:30'),
        hours([SAT], '08:30', '13:30'),
      ],
      capacity: [
        window(LONG_DAYS, '08:00', '18:00', 4, 6),
        window(SHORT_DAYS, '07:30', '13:00', 3, 4),
        window([SAT], '09:00', '13:00', 2, 3),
      ],
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
      capacity: [
        window(LONG_DAYS, '08:00', '17:00', 3, 5, 15),
        window(SHORT_DAYS, '08:00', '12:00', 2, 4, 15),
      ],
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
      openingHours: [
        hours([MON, THU], '07:30', '18:30'),
        hours([TUE], '09:30', '18:30'),
        hours(SHORT_DAYS, '07:30', '13:30'),
      ],
      capacity: [
        window([MON, THU], '08:00', '18:00', 4, 5),
        window([TUE], '10:00', '18:00', 4, 5),
        window(SHORT_DAYS, '08:00', '13:00', 3, 4),
      ],
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
      services: [
        offer(EHESCHLIESSUNG, 3),
        offer(GEBURTSURKUNDE, 1),
        offer(BEGLAUBIGUNG, 1, false),
      ],
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
      capacity: [
        window([MON, WED, FRI], '07:30', '13:00', 4, 6),
        window([TUE, THU], '09:00', '17:30', 4, 6),
      ],
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
