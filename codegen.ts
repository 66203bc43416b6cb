import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the checked-in SDL, never a live server: one `generates` block per client.
const scalars = { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' };
const typedDocuments = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { scalars, enumsAsTypes: true, useTypeImports: true, strictScalars: true },
} as const;
const vueApps = ['portal', 'staff', 'display', 'kiosk'];

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'clients/sdk/src/gql/': { ...typedDocuments, documents: ['clients/sdk/src/operations/**/*.graphql'] },
    // What every Vue app shares: the error codes it explains and the union members Apollo's cache must know.
    'clients/ui/src/generated/enums.ts': { plugins: ['typescript'], config: { onlyEnums: true, enumsAsTypes: true } },
    'clients/ui/src/generated/possible-types.ts': { plugins: ['fragment-matcher'], config: { module: 'es2015', useExplicitTyping: true } },
    ...Object.fromEntries(vueApps.map((app) => [`clients/${app}/src/gql/`, { ...typedDocuments, documents: [`clients/${app}/src/**/*.graphql`] }])),
    // The tests' operations, declared with graphql() in TypeScript; strings, since tests send them as they are.
    'ops/test-kit/src/gql/': {
      ...typedDocuments,
      documents: ['ops/test-kit/src/**/*.ts', 'api/src/**/*.test.ts', 'api/test/**/*.ts', 'clients/*/test/**/*.ts', '!ops/test-kit/src/gql/**'],
      config: { ...typedDocuments.config, documentMode: 'string' },
    },
  },
};

export default config;
