import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Layering: core and analysis stay free of UI, rendering and ML runtimes (see HOUSE_STYLE); around the
 * app, tools/ (bench, eval, lifter data) -> scripts/lib -> src, never back.
 */

/** Import patterns for a layer's modules: the folder itself ('../store', its index) and anything inside. */
const layer = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/*`]);
const heavy = ['react', 'react-dom', 'three', 'three/*', '@tensorflow/*', 'onnxruntime-web', 'onnxruntime-web/*', 'zustand', 'zustand/*'];
/** src/ and scripts/ never import the tools room (each restriction below repeats it: a later block's options replace an earlier one's). */
const noTools = { group: layer('tools'), message: 'dependencies point one way: tools -> scripts/lib -> src (src/ and scripts/ never import tools/)' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'training/cache', 'training/runs'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTools] }] },
  },
  {
    files: ['src/core/**/*.ts', 'src/analysis/**/*.ts', 'src/mocap/**/*.ts', 'src/multiview/**/*.ts', 'src/eval/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: heavy, message: 'core/analysis/mocap/multiview/eval are pure: no UI, rendering or ML runtimes.' },
          { group: layer('store', 'ui', 'viewer', 'pose2d', 'lift3d', 'video', 'workers'), message: 'dependencies point one way: core <- pose2d/lift3d/analysis <- store <- ui/viewer' },
          noTools,
        ],
      }],
    },
  },
  // The rest of the one-way house: core <- pose2d/lift3d/video/analysis <- pipeline <- store <- ui/viewer.
  ...[
    [['src/pose2d/**/*.ts', 'src/lift3d/**/*.ts', 'src/video/**/*.ts'], ['pipeline', 'store', 'ui', 'viewer']],
    [['src/pipeline/**/*.ts', 'src/sessions/**/*.ts', 'src/export/**/*.ts', 'src/live/**/*.ts'], ['store', 'ui', 'viewer']],
    [['src/store/**/*.ts'], ['ui', 'viewer']],
  ].map(([files, above]) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: layer(...above), message: 'dependencies point one way: core <- pose2d/lift3d/video/analysis <- pipeline <- store <- ui/viewer' }, noTools],
      }],
    },
  })),
);
