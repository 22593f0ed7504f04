import tseslint from 'typescript-eslint';

const NO_PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through config.ts only.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.pm-local/**',
      'coverage/**',
      'helm/**',
      'web/console/src/gql/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // type-graphql's own signatures (resolvers, orphaned types) are typed with Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-syntax': ['error', NO_PROCESS_ENV],
    },
  },
  {
    // Services reach the database through the entity manager (tenant and site filters,
    // TenantStamp); raw SQL only in a *.queries.ts naming its reason, and in migrations.
    files: ['services/*/src/**/*.ts'],
    ignores: ['**/*.queries.ts', '**/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_PROCESS_ENV,
        {
          selector: "CallExpression[callee.property.name='execute']",
          message: 'Raw SQL only in a *.queries.ts file (or a migration); use the entity manager.',
        },
        {
          selector: "CallExpression[callee.property.name='raw'], CallExpression[callee.name='raw']",
          message: 'Raw SQL only in a *.queries.ts file (or a migration); use the entity manager.',
        },
        {
          selector:
            "ImportDeclaration[source.value='@pm/db'] ImportSpecifier[imported.name=/^(q|one|marks|named|pgArray)$/]",
          message: 'Raw SQL helpers only in a *.queries.ts file (or a migration); use the entity manager.',
        },
      ],
    },
  },
  {
    files: [
      '**/config.ts',
      '**/config/src/**',
      'deploy/**',
      'bench/**',
      '**/*.mjs',
      '**/test/**',
      'libs/testing/**',
      'jest.*',
    ],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
