import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the checked-in SDL, never a live server: one `generates` block per client.
const scalars = { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'clients/sdk/src/gql/': {
      preset: 'client',
      documents: ['clients/sdk/src/operations/**/*.graphql'],
      presetConfig: { fragmentMasking: false },
      config: { scalars, enumsAsTypes: true, useTypeImports: true, strictScalars: true },
    },
  },
};

export default config;
