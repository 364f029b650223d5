import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Layers (docs/ARCHITECTURE.md): imports may only point inwards. Each pattern matches a path segment of the import
 * string, so "../adapters/x" and "../../adapters/x" are both caught. test/lint/layers.test.ts proves each rule fires.
 * ESLint keeps only the last matching `no-restricted-imports` setting per file, so each directory lists all of its own.
 */
const outsideSrc = {
  regex: "(^|/)(test|playground|sidebar)(/|$)",
  message: "src/ stands alone: it never imports test/, playground/ or sidebar/.",
};
const appsScriptTypes = {
  regex: "(^|/)(@types/)?google-apps-script$",
  message: "src/core is pure: no Apps Script types or services (the adapters talk to Sheets).",
};
const outerLayers = {
  regex: "(^|/)(adapters|server|functions|index)(/|$)",
  message: "src/core is the innermost layer: it never imports adapters, server, functions or src/index.",
};
const serverLayer = {
  regex: "(^|/)(server|functions|index)(/|$)",
  message:
    "src/adapters read and write sheets for the server; they never import server, functions or src/index.",
};
const restrictImports = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
export const layerRules = [
  { files: ["src/**/*.ts"], rules: restrictImports(outsideSrc) },
  { files: ["src/adapters/**/*.ts"], rules: restrictImports(outsideSrc, serverLayer) },
  { files: ["src/core/**/*.ts"], rules: restrictImports(outsideSrc, outerLayers, appsScriptTypes) },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        module: "writable",
        require: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        Buffer: "readonly",
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
);
