import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Principal } from '../../domain/accounts/principal';
import type { AppConfig } from '../config';
import { trustedDocumentRequired } from './errors';

/** The manifests codegen writes beside the generated documents of our apps and the SDK (codegen.ts). */
export const ourManifests: readonly string[] = ['portal', 'staff', 'display', 'kiosk', 'sdk'].map((client) => fileURLToPath(new URL(`../../../../clients/${client}/src/gql/persisted-documents.json`, import.meta.url)));

/** What a request carries of its document: the text, the hash in Apollo's persisted-query extension, or both. */
export interface DocumentRequest {
  query?: string;
  extensions?: Record<string, unknown> | null;
}

/**
 * The documents by hash that every caller may send (the manifests, committed generated code, read
 * once at start so that every API process agrees), and who may send nothing else. A hash is looked
 * up, never learnt: Apollo's automatic persisted queries, where a caller registers a document by
 * sending it with its hash, are off, so the set cannot grow by requests.
 */
export class TrustedDocuments {
  private constructor(
    private readonly byHash: ReadonlyMap<string, string>,
    private readonly onlyFor: ReadonlySet<Principal['kind']>,
  ) {}

  /** Reads our manifests and the configured ones; a missing or broken file stops the start. */
  static load(settings: AppConfig['trustedDocuments']): TrustedDocuments {
    const byHash = new Map<string, string>();
    for (const file of [...ourManifests, ...settings.manifests]) {
      const manifest: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (typeof manifest !== 'object' || manifest === null) throw new Error(`${file} is no manifest of documents by hash`);
      for (const [hash, text] of Object.entries(manifest)) {
        if (typeof text !== 'string') throw new Error(`${file}: the document of ${hash} is no string`);
        byHash.set(hash, text);
      }
    }
    return new TrustedDocuments(byHash, new Set(settings.onlyFor));
  }

  /**
   * The request with the text to run: the manifest's where a hash is sent (whatever text comes
   * with it), else the caller's own where this caller may send any document. Refused
   * (TRUSTED_DOCUMENT_REQUIRED) before anything is parsed otherwise.
   */
  resolve(request: DocumentRequest, principal: Principal): { query: string | undefined; extensions: Record<string, unknown> } {
    const { persistedQuery, ...extensions } = request.extensions ?? {};
    if (persistedQuery === undefined) {
      if (this.onlyFor.has(principal.kind)) throw trustedDocumentRequired('This caller may send only the documents of our apps and the SDK, by hash (extensions.persistedQuery.sha256Hash); with an API key any document.');
      return { query: request.query, extensions };
    }
    const hash = typeof persistedQuery === 'object' && persistedQuery !== null && 'sha256Hash' in persistedQuery ? persistedQuery.sha256Hash : undefined;
    const text = typeof hash === 'string' ? this.byHash.get(hash) : undefined;
    if (text === undefined) throw trustedDocumentRequired('No trusted document has this hash, and none is registered by sending it: automatic persisted queries are off.');
    return { query: text, extensions };
  }
}

/**
 * What an HTTP request sends of its document, read as Apollo will read it (a POST's JSON body, a
 * GET's parameters), so that a refusal can come before Apollo reads it: then nothing is parsed,
 * run or charged.
 */
export function documentOfHttp(request: { method?: string; url?: string; body?: unknown }): DocumentRequest {
  if (request.method === 'GET') {
    const parameters = new URL(request.url ?? '', 'http://localhost').searchParams;
    let extensions: unknown;
    try {
      extensions = JSON.parse(parameters.get('extensions') ?? 'null');
    } catch {
      // Apollo refuses the request for it in a moment.
    }
    return { query: parameters.get('query') ?? undefined, extensions: typeof extensions === 'object' ? (extensions as Record<string, unknown> | null) : null };
  }
  const body = typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
  return { query: typeof body.query === 'string' ? body.query : undefined, extensions: typeof body.extensions === 'object' ? (body.extensions as Record<string, unknown> | null) : null };
}

/**
 * Puts the trusted text in place before Apollo reads the request, which then never sees a hash.
 * The request was refused already if it had to be (`documentOfHttp`): Apollo would answer an
 * error thrown this early with a 500.
 */
export function trustedDocumentsPlugin(trusted: TrustedDocuments): ApolloServerPlugin<{ principal: Principal }> {
  return {
    requestDidStart: async ({ request, contextValue }) => {
      Object.assign(request, trusted.resolve(request, contextValue.principal));
    },
  };
}
