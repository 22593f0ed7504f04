import tseslint from 'typescript-eslint';

const NO_PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through config.ts only.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.pm-local/**', 'coverage/**', 'helm/**'] },
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
    // Entities everywhere: SQL is written only in *.queries.ts (measured bulk paths, virtual
    // entities' expressions) and migrations, so the tenant filter and TenantStamp always run.
    files: ['services/billing/src/**/*.ts'],
    ignores: ['**/*.queries.ts', '**/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        NO_PROCESS_ENV,
        {
          selector: 'CallExpression[callee.property.name=/^(execute|raw|getConnection)$/]',
          message: 'Go through the entity manager; raw SQL belongs in a *.queries.ts file.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@pm/db',
              importNames: ['q', 'one', 'named', 'pgArray', 'marks'],
              message: 'Raw SQL helpers belong in a *.queries.ts file.',
            },
          ],
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
