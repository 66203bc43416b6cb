import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, createUnionType } from 'type-graphql';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';
import { SearchSynonym, Service } from './service.entity';

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name in any language; forgives case, accents, umlauts written out and small slips, and knows synonyms (searchSynonyms). Hits come best first.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => MessageLanguage, { nullable: true, description: 'Whose names sort the list (without search) and break ties; default German. Ask for the names themselves with `name(language:)`.' })
  @IsOptional()
  language?: MessageLanguage | null;
}

@InputType({ description: "A service's texts in one language (admins only); German changes the service itself." })
export class SetServiceTextInput {
  @Field(() => ID, { description: 'The service.' })
  @MaxLength(20)
  serviceId!: string;

  @Field(() => MessageLanguage, { description: 'The language of the texts.' })
  language!: MessageLanguage;

  @Field(() => String, { description: 'Name shown to citizens in this language; 1..200 characters.' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is, up to 2000 characters; null for none.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What to bring, one item a line, up to 2000 characters; null for none.' })
  @IsOptional()
  @MaxLength(2000)
  whatToBring?: string | null;
}

@ArgsType()
export class SearchSynonymsArgs extends PageArgs {}

@InputType({ description: 'A search word and what it stands for in the names of the catalogue (admins only).' })
export class AddSearchSynonymInput {
  @Field(() => String, { description: 'What citizens type, e.g. "Ummeldung"; 1..100 characters.' })
  @MinLength(1)
  @MaxLength(100)
  term!: string;

  @Field(() => String, { description: 'Words of service names it stands for, e.g. "Anmeldung einer Wohnung"; 1..200 characters.' })
  @MinLength(1)
  @MaxLength(200)
  means!: string;
}

@InputType({ description: 'A search synonym to remove (admins only).' })
export class RemoveSearchSynonymInput {
  @Field(() => ID, { description: 'The synonym.' })
  @MaxLength(20)
  synonymId!: string;
}

export const SearchSynonymConnection = Connection(SearchSynonym, 'SearchSynonym');

export const ServiceTextResult = createUnionType({ name: 'ServiceTextResult', description: 'The service with its new texts, or why not.', types: () => [Service, NotFound, InvalidInput] as const });
export const SearchSynonymResult = createUnionType({ name: 'SearchSynonymResult', description: 'The synonym, or why not.', types: () => [SearchSynonym, InvalidInput] as const });
