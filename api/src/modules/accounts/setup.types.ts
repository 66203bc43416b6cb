import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The first admin of an installation, with the token of its one-time setup link.' })
export class CompleteSetupInput {
  @Field(() => String, { description: 'The token of the setup link (`/staff/#setup=<token>`), printed at the first start or by `npm run accounts -- setup-link`.' })
  @MaxLength(200)
  token!: string;

  @Field(() => String, { description: 'Login name, 2..100 characters: letters, digits and . _ @ -; stored lower case.' })
  @MinLength(2)
  @MaxLength(100)
  username!: string;

  @Field(() => String, { nullable: true, description: 'Name shown to colleagues; default the username.' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => String, { description: 'At least 12 characters.' })
  @MaxLength(200)
  password!: string;
}
