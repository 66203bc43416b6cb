import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { badUserInput } from '../../platform/graphql/errors';
import { inTransaction } from '../../platform/transaction';
import { Service } from './service.entity';

/** A word of the query counts as found in a name from this trigram word similarity on (pg_trgm's default). */
export const wordSimilarityThreshold = 0.6;
/** Words shorter than this must appear as they are: three letters make too few trigrams to judge a slip. */
const fuzzyWordMinLength = 4;

export interface ServiceQuery {
  search: string | null;
  /** Whose names sort the list; German when null. */
  language: string | null;
  first: number;
  after: string | null;
}

// One spelling for every text compared: no accents or case, umlauts written out folded
// (search_normalize), and words separated by single spaces, punctuation dropped.
const words = (expression: string) => `trim(regexp_replace(search_normalize(${expression}), '[^[:alnum:]'']+', ' ', 'g'))`;

/** The names of every language of a service, as one text to search in. */
const documents = `
  select s.id, coalesce(own.name, s.name) as sort_name,
         ${words(`concat_ws(' ', s.name, (select string_agg(t.name, ' ') from service_translation t where t.service_id = s.id))`)} as doc
    from service s left join service_translation own on own.service_id = s.id and own.language = ?`;

function cursorParts(after: string | null, shape: 'name' | 'score'): (string | number)[] | null {
  if (!after) return null;
  const parts = decodeCursor(after);
  const valid = shape === 'name' ? parts.length === 2 && typeof parts[0] === 'string' && typeof parts[1] === 'number' : parts.length === 3 && typeof parts[0] === 'number' && typeof parts[1] === 'string' && typeof parts[2] === 'number';
  if (!valid) throw badUserInput('The cursor is not valid.');
  return parts;
}

async function inOrder(em: EntityManager, ids: number[]): Promise<Service[]> {
  const services = await em.find(Service, { id: { $in: ids } });
  const byId = new Map(services.map((service) => [service.id, service]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** The catalogue by name in the caller's language: keyset pages by (name, id). */
async function listByName(em: EntityManager, query: ServiceQuery): Promise<Page<Service>> {
  const after = cursorParts(query.after, 'name');
  const rows = await em.execute<{ id: number; sort_name: string }[]>(
    `select id, sort_name from (${documents}) d
      where ?::text is null or (sort_name, id) > (?::text, ?::bigint)
      order by sort_name, id limit ?`,
    [query.language ?? 'de', after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, query.first + 1],
  );
  const names = new Map(rows.map((row) => [row.id, row.sort_name]));
  return toPage(
    await inOrder(
      em,
      rows.map((row) => row.id),
    ),
    query.first,
    (service) => [names.get(service.id)!, service.id],
  );
}

/**
 * Services whose names (any language) hold every word of the query, or of what a synonym whose
 * words the query holds means. A word counts where it appears as typed; only a word that appears
 * nowhere counts where a near spelling does (trigram word similarity), so that "Fuhrerschien" and
 * "Persnalausweis" find their services but "Anmeldung" does not find "Abmeldung". Best first;
 * among equals the shorter name, as the closer fit.
 */
async function searchByWords(em: EntityManager, search: string, query: ServiceQuery): Promise<Page<Service>> {
  const after = cursorParts(query.after, 'score');
  const rows = await inTransaction(em, async (transaction) => {
    // The planner's row estimates for the cross products below reach the JIT threshold, and
    // compiling costs ten times what the query does.
    await transaction.execute('set local jit = off');
    await transaction.execute(`set local pg_trgm.word_similarity_threshold = ${wordSimilarityThreshold}`);
    return transaction.execute<{ id: number; sort_name: string; score: string }[]>(
      `with query as (select ${words('?::text')} as q),
       -- What the query says, and what each synonym whose words it holds stands for.
       phrases as materialized (
         select phrase, string_to_array(phrase, ' ') as words from (
           select q as phrase from query where q <> ''
           union
           select ${words('y.means')} from search_synonym y, query
            where position(' ' || ${words('y.term')} || ' ' in ' ' || query.q || ' ') > 0
         ) candidates
       ),
       words as (select distinct word from phrases, unnest(words) as word where word <> ''),
       documents as materialized (${documents}),
       exact as (
         select d.id, w.word,
                case when position(' ' || w.word || ' ' in ' ' || d.doc || ' ') > 0 then 1.0
                     when position(' ' || w.word in ' ' || d.doc) > 0 then 0.97
                     else 0.9 end as score
           from documents d, words w where position(w.word in d.doc) > 0
       ),
       found as (
         select id, word, score from exact
         union all
         select d.id, w.word, word_similarity(w.word, d.doc)
           from documents d, words w
          where length(w.word) >= ${fuzzyWordMinLength} and not exists (select 1 from exact e where e.word = w.word) and w.word <% d.doc
       ),
       matches as (
         select f.id, avg(f.score) as score
           from phrases p cross join unnest(p.words) as wanted(word) join found f on f.word = wanted.word
          group by f.id, p.phrase, cardinality(p.words)
         having count(*) = cardinality(p.words)
       ),
       ranked as (
         select m.id, d.sort_name, round((max(m.score) * (0.95 + 0.05 / sqrt(cardinality(string_to_array(${words('d.sort_name')}, ' ')))))::numeric, 4) as score
           from matches m join documents d on d.id = m.id group by m.id, d.sort_name
       )
       select id, sort_name, score from ranked
        where ?::numeric is null or score < ?::numeric or (score = ?::numeric and (sort_name, id) > (?::text, ?::bigint))
        order by score desc, sort_name, id limit ?`,
      [search, query.language ?? 'de', after?.[0] ?? null, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, query.first + 1],
    );
  });
  const keys = new Map(rows.map((row) => [row.id, [Number(row.score), row.sort_name, row.id]]));
  return toPage(
    await inOrder(
      em,
      rows.map((row) => row.id),
    ),
    query.first,
    (service) => keys.get(service.id)!,
  );
}

/** A page of the catalogue: search hits best first, else everything by name. */
export function findServices(em: EntityManager, query: ServiceQuery): Promise<Page<Service>> {
  const search = query.search?.trim();
  return search ? searchByWords(em, search, query) : listByName(em, query);
}
