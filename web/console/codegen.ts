import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types come from the committed supergraph, the contract the gateway serves; `npm test`
// regenerates them with --check, so a schema change that breaks the console fails there.
const config: CodegenConfig = {
  schema: '../../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Fen: 'number', DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
