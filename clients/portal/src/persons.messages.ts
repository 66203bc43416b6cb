// Several persons per service (issue 20, item 1), merged into messages.ts.
export const personsDe = {
  'persons.label': 'Für wie viele Personen?',
  'persons.labelFor': 'Für wie viele Personen: {name}',
  'persons.hint': 'Jede Person braucht die Zeit der Leistung; höchstens {max} Personen je Leistung.',
  'persons.count': 'für {count} Personen',
  'persons.one': 'für 1 Person',
  'persons.changed': 'Anzahl für {name}: {count} Personen',
  'persons.clamped': 'Dieser Standort bucht höchstens {max} Personen je Leistung. Wir haben die Anzahl angepasst.',
  'persons.clampedToOne': 'Dieser Standort bucht jede Leistung nur für eine Person. Wir haben die Anzahl angepasst.',
} as const;

export const personsEn: Record<keyof typeof personsDe, string> = {
  'persons.label': 'For how many persons?',
  'persons.labelFor': 'For how many persons: {name}',
  'persons.hint': 'Each person needs the time of the service; at most {max} persons per service.',
  'persons.count': 'for {count} persons',
  'persons.one': 'for 1 person',
  'persons.changed': 'Persons for {name}: {count}',
  'persons.clamped': 'This office books at most {max} persons per service. We have adjusted the number.',
  'persons.clampedToOne': 'This office books each service for one person only. We have adjusted the number.',
};
