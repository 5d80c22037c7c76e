// Lint: regular expressions that can backtrack super-linearly or mislead (eslint-plugin-regexp),
// the size limits of the house style (a file ~300 lines, a function ~80), and TypeScript's
// parser. Formatting is Prettier's (npm run format); nothing here restates it.
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs/", "schemas/", ".tmp/", "node_modules/", "test/fixtures/"] },
  {
    files: ["**/*.ts", "**/*.mjs"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { regexp, "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-misleading-capturing-group": "error",
      // `[\x00-\x7f]` (ASCII) is a range, not a control character typed by mistake.
      "no-control-regex": "off",
    },
  },
  {
    // The library's code: the size limits of STYLE.md. Data tables (names, codes, words) are
    // exempt from the file limit: their length is the data's.
    files: ["src/**/*.ts"],
    rules: {
      // The library reads long texts: a pattern that re-scans from every position is quadratic.
      "regexp/no-super-linear-move": "error",
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Data tables: their length is the data's (the 60 libraries, the municipalities, the catalogue).
    files: ["src/reference/publicLibraries.ts", "src/reference/municipalities.ts", "src/indicators/catalogue.ts"],
    rules: { "max-lines": "off" },
  },
);
