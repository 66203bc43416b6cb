import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Permission } from '../../domain/accounts/principal';
import { decodeCursor, toPage, type Page } from '../../platform/graphql/connection';
import { InvalidInput, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, type RequestContext } from '../../platform/request-context';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { MessageLanguage } from '../../platform/graphql/languages';
import { Deleted } from './catalog.types';
import { findServices } from './service-search';
import { SearchSynonym, Service } from './service.entity';
import type { AddSearchSynonymInput, RemoveSearchSynonymInput, SearchSynonymsArgs, ServicesArgs, SetServiceTextInput } from './service.types';

/** The texts of a service shown to citizens, in one language. */
export interface ServiceTexts {
  name: string;
  description: string | null;
  whatToBring: string | null;
}

/** Blank lines and surrounding spaces carry nothing; an empty text is none. */
function cleanText(value: string | null | undefined): string | null {
  const text = value
    ?.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return text ? text : null;
}

/** The catalogue's services as citizens see them: names and texts per language, search, synonyms. */
export class ServiceCatalog {
  services(ctx: RequestContext, args: ServicesArgs): Promise<Page<Service>> {
    return findServices(ctx.em, { search: args.search ?? null, language: args.language ?? null, first: args.first, after: args.after ?? null });
  }

  /** The service's texts in the language, German where it has none (or none was asked for). */
  async texts(ctx: RequestContext, service: Service, language: MessageLanguage | null | undefined): Promise<ServiceTexts> {
    const own: ServiceTexts = { name: service.name, description: service.description, whatToBring: service.whatToBring };
    if (!language || language === MessageLanguage.de) return own;
    const translation = await ctx.loaders.serviceTranslation.load(`${service.id}|${language}`);
    return translation ? { name: translation.name, description: translation.description ?? own.description, whatToBring: translation.whatToBring ?? own.whatToBring } : own;
  }

  bookableOnline(ctx: RequestContext, service: Service): Promise<boolean> {
    return ctx.loaders.serviceBookableOnline.load(service.id);
  }

  async setServiceText(ctx: RequestContext, input: SetServiceTextInput): Promise<Service | NotFound | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const name = input.name.trim();
    if (!name) return new InvalidInput(['The service needs a name.']);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.serviceId);
      const service = id === null ? null : await em.findOne(Service, id);
      if (!service) return new NotFound('There is no such service.');
      const texts = { name, description: cleanText(input.description), whatToBring: cleanText(input.whatToBring) };
      if (input.language === MessageLanguage.de) Object.assign(service, texts);
      else {
        // An upsert: two admins translating at once must not collide.
        await em.execute(
          `insert into service_translation (service_id, language, name, description, what_to_bring) values (?, ?, ?, ?, ?)
           on conflict (service_id, language) do update set name = excluded.name, description = excluded.description, what_to_bring = excluded.what_to_bring`,
          [service.id, input.language, texts.name, texts.description, texts.whatToBring],
        );
      }
      await em.flush();
      await audit(em, ctx, 'setServiceText', null, { serviceId: service.id, language: input.language });
      return service;
    });
  }

  async searchSynonyms(ctx: RequestContext, args: SearchSynonymsArgs): Promise<Page<SearchSynonym>> {
    authorize(ctx, Permission.administerPlatform);
    let after = {};
    if (args.after) {
      const [term, id] = decodeCursor(args.after);
      if (typeof term !== 'string' || typeof id !== 'number') throw badUserInput('The cursor is not valid.');
      after = { $or: [{ term: { $gt: term } }, { term, id: { $gt: id } }] };
    }
    const rows = await ctx.em.find(SearchSynonym, after, { orderBy: { term: 'asc', id: 'asc' }, limit: args.first + 1 });
    return toPage(rows, args.first, (synonym) => [synonym.term, synonym.id]);
  }

  async addSearchSynonym(ctx: RequestContext, input: AddSearchSynonymInput): Promise<SearchSynonym | InvalidInput> {
    authorize(ctx, Permission.administerPlatform);
    const term = input.term.trim().replace(/\s+/g, ' ');
    const means = input.means.trim().replace(/\s+/g, ' ');
    if (!term || !means) return new InvalidInput(['A synonym needs a term and what it means.']);
    try {
      return await inTransaction(ctx.em, async (em) => {
        const synonym = em.create(SearchSynonym, { term, means });
        await em.flush();
        await audit(em, ctx, 'addSearchSynonym', null, { synonymId: synonym.id, term, means });
        return synonym;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return new InvalidInput([`"${term}" stands for "${means}" already.`]);
      throw error;
    }
  }

  async removeSearchSynonym(ctx: RequestContext, input: RemoveSearchSynonymInput): Promise<Deleted | NotFound> {
    authorize(ctx, Permission.administerPlatform);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.synonymId);
      const synonym = id === null ? null : await em.findOne(SearchSynonym, id);
      if (!synonym) return new NotFound('There is no such search synonym.');
      em.remove(synonym);
      await audit(em, ctx, 'removeSearchSynonym', null, { synonymId: synonym.id, term: synonym.term });
      return Object.assign(new Deleted(), { id: input.synonymId });
    });
  }
}
