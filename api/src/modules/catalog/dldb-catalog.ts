// The catalog both the DLDB importer and the demo data set produce, before anything is stored.

/** One recurring capacity window, in the office's local time. */
export interface WeeklyCapacity {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM' */
  end: string;
  slotMinutes: number;
  publicCounters: number;
  internCounters: number;
  startInDays: number;
  endInDays: number;
}

/** What citizens read of a service in one language. */
export interface CatalogServiceText {
  name: string;
  description: string | null;
  /** What to bring, one item a line; unknown when left out. */
  whatToBring?: string | null;
}

/** Languages a catalogue may translate its (German) services into. */
export type CatalogLanguage = 'en';

export interface CatalogService extends CatalogServiceText {
  externalId: string;
  url: string | null;
  /** The texts in other languages; German alone when left out. */
  translations?: Partial<Record<CatalogLanguage, CatalogServiceText>>;
}

export interface CatalogOfficeService {
  serviceExternalId: string;
  /** ≥ 1; the DLDB's "0" counts as 1, as in the original ZMS. */
  slots: number;
  bookableOnline: boolean;
}

export interface CatalogOffice {
  externalId: string;
  name: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  url: string | null;
  services: CatalogOfficeService[];
  /** null = unknown */
  openingHours: { weekdays: number[]; open: string; close: string }[] | null;
  /** null = unknown; the importer's caller applies a template. */
  capacity: WeeklyCapacity[] | null;
  /** Counters (workstations) at the office, ≥ 1. */
  counters: number;
}

export interface Catalog {
  organisation: string;
  services: CatalogService[];
  offices: CatalogOffice[];
}
