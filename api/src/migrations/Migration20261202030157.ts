import { Migration } from '@mikro-orm/migrations';

/** Words citizens search for, and the words of service names they stand for (German and English). */
const synonyms: [term: string, means: string][] = [
  ['Ummeldung', 'Anmeldung einer Wohnung'],
  ['Umzug', 'Anmeldung einer Wohnung'],
  ['Umzug', 'Abmeldung einer Wohnung'],
  ['umziehen', 'Anmeldung einer Wohnung'],
  ['Zuzug', 'Anmeldung einer Wohnung'],
  ['Wohnung anmelden', 'Anmeldung einer Wohnung'],
  ['Wohnsitz anmelden', 'Anmeldung einer Wohnung'],
  ['Wohnsitz', 'Anmeldung einer Wohnung'],
  ['Adresse ändern', 'Anmeldung einer Wohnung'],
  ['Adressänderung', 'Anmeldung einer Wohnung'],
  ['neue Adresse', 'Anmeldung einer Wohnung'],
  ['Wohnungsgeberbestätigung', 'Anmeldung einer Wohnung'],
  ['Wohnung abmelden', 'Abmeldung einer Wohnung'],
  ['Wegzug', 'Abmeldung einer Wohnung'],
  ['auswandern', 'Abmeldung einer Wohnung'],
  ['Perso', 'Personalausweis'],
  ['Ausweis', 'Personalausweis'],
  ['Personalausweis verloren', 'Verlust des Personalausweises'],
  ['Pass', 'Reisepass'],
  ['Kinderpass', 'Kinderreisepass'],
  ['Kinderausweis', 'Kinderreisepass'],
  ['Führerschein', 'Fahrerlaubnis'],
  ['Fahrerlaubnis', 'Führerschein'],
  ['Lappen', 'Führerschein'],
  ['Meldebestätigung', 'Meldebescheinigung'],
  ['Wohnsitzbescheinigung', 'Meldebescheinigung'],
  ['Aufenthaltsbescheinigung', 'Meldebescheinigung'],
  ['polizeiliches Führungszeugnis', 'Führungszeugnis'],
  ['Leumundszeugnis', 'Führungszeugnis'],
  ['beglaubigen', 'Beglaubigung'],
  ['Kopie beglaubigen', 'Beglaubigung'],
  ['Unterschrift beglaubigen', 'Beglaubigung'],
  ['heiraten', 'Eheschließung'],
  ['Hochzeit', 'Eheschließung'],
  ['Trauung', 'Eheschließung'],
  ['Geburt', 'Geburtsurkunde'],
  ['Visum', 'Aufenthaltserlaubnis'],
  ['Visum', 'Aufenthaltstitel'],
  ['Aufenthalt', 'Aufenthaltserlaubnis'],
  ['Aufenthalt', 'Aufenthaltstitel'],
  ['Ausländerbehörde', 'Aufenthaltstitel'],
  ['Auto anmelden', 'Fahrzeug zulassen'],
  ['Auto anmelden', 'Zulassung'],
  ['Auto abmelden', 'Fahrzeug abmelden'],
  ['Kfz', 'Fahrzeug'],
  ['Kennzeichen', 'Zulassung'],
  ['Kennzeichen', 'Fahrzeug zulassen'],
  ['Zulassung', 'Fahrzeug zulassen'],
  ['WBS', 'Wohnberechtigungsschein'],
  ['Gewerbeanmeldung', 'Gewerbe Anmeldung'],
  ['Gewerbeschein', 'Gewerbe Anmeldung'],
  ['Behindertenausweis', 'Schwerbehindertenausweis'],
  ['Anwohnerparken', 'Bewohnerparkausweis'],
  ['Parkausweis', 'Bewohnerparkausweis'],
  ['Hund', 'Hundesteuer'],
  ['identity card', 'Personalausweis'],
  ['ID card', 'Personalausweis'],
  ['national ID', 'Personalausweis'],
  ['lost ID', 'Verlust des Personalausweises'],
  ['passport', 'Reisepass'],
  ['child passport', 'Kinderreisepass'],
  ["children's passport", 'Kinderreisepass'],
  ['registration', 'Anmeldung einer Wohnung'],
  ['register address', 'Anmeldung einer Wohnung'],
  ['register flat', 'Anmeldung einer Wohnung'],
  ['address registration', 'Anmeldung einer Wohnung'],
  ['moving', 'Anmeldung einer Wohnung'],
  ['new address', 'Anmeldung einer Wohnung'],
  ['deregistration', 'Abmeldung einer Wohnung'],
  ['deregister', 'Abmeldung einer Wohnung'],
  ['moving abroad', 'Abmeldung einer Wohnung'],
  ['registration certificate', 'Meldebescheinigung'],
  ['proof of address', 'Meldebescheinigung'],
  ['proof of residence', 'Meldebescheinigung'],
  ['driving licence', 'Führerschein'],
  ['driving licence', 'Fahrerlaubnis'],
  ['driving license', 'Führerschein'],
  ['driving license', 'Fahrerlaubnis'],
  ["driver's licence", 'Führerschein'],
  ["driver's license", 'Führerschein'],
  ['international driving permit', 'Internationaler Führerschein'],
  ['certificate of good conduct', 'Führungszeugnis'],
  ['police certificate', 'Führungszeugnis'],
  ['criminal record', 'Führungszeugnis'],
  ['certified copy', 'Beglaubigung'],
  ['certification', 'Beglaubigung'],
  ['apostille', 'Beglaubigung von Urkunden'],
  ['marriage', 'Eheschließung'],
  ['wedding', 'Eheschließung'],
  ['get married', 'Eheschließung'],
  ['birth certificate', 'Geburtsurkunde'],
  ['residence permit', 'Aufenthaltserlaubnis'],
  ['residence permit', 'Aufenthaltstitel'],
  ['visa', 'Aufenthaltserlaubnis'],
  ['visa', 'Aufenthaltstitel'],
  ['immigration office', 'Aufenthaltstitel'],
  ['car registration', 'Fahrzeug zulassen'],
  ['register a car', 'Fahrzeug zulassen'],
  ['vehicle registration', 'Zulassung'],
  ['licence plate', 'Kennzeichen'],
  ['license plate', 'Kennzeichen'],
  ['deregister car', 'Fahrzeug abmelden'],
  ['housing entitlement', 'Wohnberechtigungsschein'],
  ['business registration', 'Gewerbe Anmeldung'],
  ['register a business', 'Gewerbe Anmeldung'],
  ['disability card', 'Schwerbehindertenausweis'],
  ['parking permit', 'Bewohnerparkausweis'],
  ['dog tax', 'Hundesteuer'],
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

// Services in more than one language, and a search that forgives case, accents, umlauts written
// out ("Fuehrerschein") and small slips (pg_trgm), and knows what citizens call things.
export class Migration20261202030157 extends Migration {
  override async up(): Promise<void> {
    // Both are trusted extensions (PostgreSQL 13+): the database's owner may create them.
    this.addSql(`create extension if not exists unaccent with schema public;`);
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    // unaccent() is only stable (its rules file could change); the search needs one immutable
    // spelling of a text: no accents, lower case, umlauts written out folded, single spaces.
    this.addSql(`create or replace function search_normalize(value text) returns text language sql immutable strict parallel safe as
      $$ select regexp_replace(replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), 'ae', 'a'), 'oe', 'o'), 'ue', 'u'), '\\s+', ' ', 'g') $$;`);

    this.addSql(`alter table "service" add column "what_to_bring" text null;`);

    this.addSql(`create table "service_translation" ("id" serial primary key, "service_id" int not null, "language" text not null, "name" text not null, "description" text null, "what_to_bring" text null);`);
    this.addSql(`alter table "service_translation" add constraint "service_translation_service_id_language_unique" unique ("service_id", "language");`);
    this.addSql(`alter table "service_translation" add constraint "service_translation_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "search_synonym" ("id" serial primary key, "term" text not null, "means" text not null);`);
    this.addSql(`alter table "search_synonym" add constraint "search_synonym_term_means_unique" unique ("term", "means");`);
    this.addSql(`insert into "search_synonym" ("term", "means") values ${synonyms.map(([term, means]) => `(${literal(term)}, ${literal(means)})`).join(', ')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_synonym" cascade;`);
    this.addSql(`drop table if exists "service_translation" cascade;`);
    this.addSql(`alter table "service" drop column "what_to_bring";`);
    this.addSql(`drop function if exists search_normalize(text);`);
  }
}
