import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { Types } from '@graphql-codegen/plugin-helpers';

// Reads the checked-in SDL, never a live server: one `generates` block per client.
const scalars = { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' };
// Each block also writes persisted-documents.json, its documents by hash: anonymous callers may
// send only these, by hash (docs/guards.md, trusted documents), and the API reads them at start.
const typedDocuments = {
  preset: 'client',
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
  config: { scalars, enumsAsTypes: true, useTypeImports: true, strictScalars: true },
} as const;
// Apollo's cache adds __typename to every selection but the root: added here by Apollo's own
// function, the manifest holds what the apps send, and Apollo leaves the documents (and their hash) as they are.
const asApolloSendsThem: Types.DocumentTransformObject = { transform: ({ documents }) => documents.map((source) => ({ ...source, document: source.document && addTypenameToDocument(source.document) })) };
const apolloDocuments = { ...typedDocuments, documentTransforms: [asApolloSendsThem] };
const vueApps = ['portal', 'staff', 'display', 'kiosk'];

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'clients/sdk/src/gql/': { ...typedDocuments, documents: ['clients/sdk/src/operations/**/*.graphql'] },
    // What every Vue app shares: the error codes it explains and the union members Apollo's cache must know.
    'clients/ui/src/generated/enums.ts': { plugins: ['typescript'], config: { onlyEnums: true, enumsAsTypes: true } },
    'clients/ui/src/generated/possible-types.ts': { plugins: ['fragment-matcher'], config: { module: 'es2015', useExplicitTyping: true } },
    ...Object.fromEntries(vueApps.map((app) => [`clients/${app}/src/gql/`, { ...apolloDocuments, documents: [`clients/${app}/src/**/*.graphql`] }])),
    // The tests' operations, declared with graphql() in TypeScript; strings, since tests send them as they are.
    // Their manifest is trusted only where the test environment names it (TRUSTED_DOCUMENT_MANIFESTS).
    'ops/test-kit/src/gql/': {
      ...typedDocuments,
      documents: ['ops/test-kit/src/**/*.ts', 'api/src/**/*.test.ts', 'api/test/**/*.ts', 'clients/*/test/**/*.ts', '!ops/test-kit/src/gql/**'],
      config: { ...typedDocuments.config, documentMode: 'string' },
    },
  },
};

export default config;
