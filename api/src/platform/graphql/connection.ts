import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { badUserInput } from './errors';

@ObjectType({ description: 'Where a page of a connection stands.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1..200.' })
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @MaxLength(200)
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A cursor connection type (`edges`, `pageInfo`) for lists that grow. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} item of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item; pass as `after` to continue behind it.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether and how to get the next page.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients; inside they carry the sort key of the last item. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((part) => (typeof part === 'string' && !part.includes('\u0000')) || typeof part === 'number')) return key;
  } catch {
    // falls through to the typed error
  }
  throw badUserInput('The cursor is not valid.');
}

/** Builds a page from up to first + 1 rows fetched in order. */
export function toPage<T>(rows: T[], first: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }) };
}
