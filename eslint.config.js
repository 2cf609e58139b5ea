// ESLint: typescript-eslint's recommended rules, React hooks, and the import columns of the design card.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'crypto'],
  message: 'Node built-ins only in main/, scripts/ and tests/.',
};
const electron = { group: ['electron', 'electron/*'], message: 'Electron only in main/.' };
const react = { group: ['react', 'react-dom', 'react-dom/*'], message: 'React only in renderer/.' };
const domLibs = {
  group: ['cytoscape-*'],
  message: 'Canvas extensions only in renderer/ (src/layout may use cytoscape headless and fcose).',
};
const srcRuntime = [nodeBuiltins, electron, react, { ...domLibs, group: ['cytoscape-*', '!cytoscape-fcose'] }];

// The floors inside src/, lowest first: a folder imports only from floors below its own (src/time.ts is the
// ground floor). To share a helper upward, move it down a floor; never import up.
const SRC_FLOORS = [['schema'], ['style', 'model', 'import'], ['queries'], ['layout'], ['view'], ['figure', 'export'], ['ipc']];
const floorRules = SRC_FLOORS.flatMap((floor, i) =>
  floor.map((folder) => {
    const above = SRC_FLOORS.slice(i)
      .flat()
      .filter((f) => f !== folder);
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: above.length
              ? [
                  ...srcRuntime,
                  {
                    group: above.flatMap((f) => [`../${f}`, `../${f}/*`]),
                    message: `src/${folder} may not import ${above.join(', ')}: they sit on its floor or above. Move the helper down.`,
                  },
                ]
              : srcRuntime,
          },
        ],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: srcRuntime }],
    },
  },
  ...floorRules,
  {
    files: ['src/time.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...srcRuntime, { group: ['./*'], message: 'src/time.ts is the ground floor: it imports nothing of src/.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electron] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [react, { group: ['../renderer/*', '../../renderer/*'], message: 'main/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['main/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='exposeInMainWorld'] Property > Identifier.value[name=/^(ipcRenderer|process|require)$/]",
          message: 'Expose one typed method per channel, never ipcRenderer, process or require.',
        },
        {
          // The one typed `invoke` helper passes its channel on; every call of it names a literal channel.
          selector:
            "CallExpression[callee.property.name=/^(send|invoke)$/][arguments.0.type!='Literal']:not(VariableDeclarator[id.name='invoke'] CallExpression)",
          message: 'IPC channels are literal names from the contract, never a variable (no generic send).',
        },
        {
          selector: "CallExpression[callee.name=/^(invoke|listen)$/][arguments.0.type!='Literal']",
          message: 'Call invoke and listen with a literal channel from the contract.',
        },
      ],
    },
  },
  { files: ['scripts/**/*.{js,mjs,ts}', '*.{js,ts}', 'tests/**/*.{ts,tsx}'], languageOptions: { globals: globals.node } },
);
