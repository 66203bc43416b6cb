// Several persons per service (issue 20, item 1): what the counter and the on-site booking say of them.
export const personsDe = {
  'persons.heading': 'Personen',
  'persons.ofService': '{name}: {count} Personen',
  'persons.for': 'Personen für {name}',
} as const;

export const personsEn: Record<keyof typeof personsDe, string> = {
  'persons.heading': 'Persons',
  'persons.ofService': '{name}: {count} persons',
  'persons.for': 'Persons for {name}',
};
