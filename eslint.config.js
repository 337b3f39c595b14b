// Flat config. Not type-aware on purpose: `tsc --noEmit` already runs in `npm test`, and a typed lint
// doubles the work on CI's 2 cores for little extra.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactThree from '@react-three/eslint-plugin'
import { defineConfig, globalIgnores } from 'eslint/config'

// Node globals for the plain .js/.mjs scripts, listed by hand because the `globals` package is not a
// direct dependency of this project (only a transitive one we must not lean on).
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'fetch',
    'AbortController',
    'AbortSignal',
    'structuredClone',
    'TextEncoder',
    'TextDecoder',
  ].map((name) => [name, 'readonly']),
)

// Dependency direction from docs/ARCHITECTURE.md: app → scenes/*/View → kit → engine, and
// scenes' pure files → engine. The pure side runs in Node (tests, server), so it must not reach
// React, three, the DOM or browser storage, not even through a type import.
const UI_AND_BROWSER_PACKAGES = [
  'react',
  'react-dom',
  'three',
  'zustand',
  'i18next',
  'react-i18next',
  'idb',
].map((name) => ({
  name,
  message:
    name === 'zustand'
      ? "Pure code uses the store core: import from 'zustand/vanilla' (the bare 'zustand' is the React binding)."
      : `Pure code (src/engine, the .ts files of scenes/*) must not depend on '${name}'.`,
}))

const UI_AND_BROWSER_SUBPATHS = {
  group: [
    'react/*',
    'react-dom/*',
    'three/*',
    '@react-three/*',
    'zustand/react',
    'zustand/react/*',
    // zustand/shallow and zustand/traditional pull in React; zustand/vanilla/shallow is the pure one.
    'zustand/shallow',
    'zustand/traditional',
    'i18next/*',
    'react-i18next/*',
    'idb/*',
  ],
  message:
    'Pure code (src/engine, the .ts files of scenes/*) must not depend on React, three, i18n or storage.',
}

const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'requestAnimationFrame',
  'cancelAnimationFrame',
].map((name) => ({
  name,
  message: `'${name}' is a browser API; pure code must also run in Node. Pass what you need in as data.`,
}))

// Imports are relative paths with `.ts` extensions (no path aliases), so the rules match how many
// `../` it takes to climb out of the folder and which top-level folder the path lands in.
const FROM_ENGINE = [
  {
    regex: String.raw`^(?:\.\./)+(?:src/)?(?:app|kit|persist|i18n)(?:/|\.tsx?$|$)`,
    message:
      'src/engine is the bottom layer: it must not import from src/app, src/kit, src/persist or src/i18n.',
  },
  {
    regex: String.raw`^(?:\.\./)+scenes(?:/|$)`,
    message: 'src/engine must not import scenes (scenes depend on the engine, not the reverse).',
  },
]

const FROM_PURE_SCENE = [
  {
    regex: String.raw`^(?:\.\./)+src/(?:app|kit|persist|i18n)(?:/|\.tsx?$|$)`,
    message: "A scene's pure files may import only src/engine and each other (the server imports them).",
  },
  {
    regex: String.raw`^\.{1,2}/(?:[^/]+/)*View[^/]*$`,
    message: "A scene's pure files must not import a View (it is React/three and lazily loaded).",
  },
]

const FROM_KIT = [
  {
    regex: String.raw`^(?:\.\./)+(?:src/)?app(?:/|\.tsx?$|$)`,
    message: 'src/kit is shared by every scene: it must not import from src/app.',
  },
  {
    regex: String.raw`^(?:\.\./)+scenes(?:/|$)`,
    message: 'src/kit is shared by every scene: it must not import a scene.',
  },
]

const FROM_SCENE_VIEW = [
  {
    regex: String.raw`^(?:\.\./)+src/app(?:/|\.tsx?$|$)`,
    message: 'A scene View must not import from src/app; the app passes what the View needs as props.',
  },
]

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'coverage/', '.scratch/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },

  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    plugins: { '@react-three': reactThree },
    rules: reactThree.configs.recommended.rules,
  },

  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: UI_AND_BROWSER_PACKAGES, patterns: [UI_AND_BROWSER_SUBPATHS, ...FROM_ENGINE] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },

  // Every .ts file at the top of a scene except its View is treated as pure, not only model/
  // procedures/exercises/index: helpers such as setup.ts or colourCodes.ts are imported by model.ts,
  // so a three or DOM import there would reach the server just the same. `view/` holds the View's
  // own helpers (materials, meshes) and follows the View's rules.
  {
    files: ['scenes/*/*.ts'],
    ignores: ['scenes/**/View*'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: UI_AND_BROWSER_PACKAGES, patterns: [UI_AND_BROWSER_SUBPATHS, ...FROM_PURE_SCENE] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },

  {
    files: ['src/kit/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: FROM_KIT }] },
  },

  {
    files: ['scenes/**/*.tsx', 'scenes/**/View*', 'scenes/*/view/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: FROM_SCENE_VIEW }] },
  },

  // The 3D layer works the r3f way: three objects are mutated inside useFrame and pointer handlers
  // read refs (r3f docs, "pitfalls": "mutate inside useFrame", never setState per frame). The React
  // Compiler's refs/immutability rules forbid exactly that, so they are off here and only here.
  {
    files: ['scenes/*/View.tsx', 'scenes/*/view/**/*.tsx', 'src/kit/**/*.tsx'],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/immutability': 'off' },
  },
])
