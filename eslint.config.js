// ESLint flat config: the Office add-in rules (load before read, no context.sync() in loops, isNullObject)
// and typescript-eslint for src/addin; the rest of src is parsed as TypeScript and left to its owners
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const ADDIN = ["src/addin/**/*.{ts,tsx}"];

// the plugin's recommended rules, without its Prettier formatting rule (the project does not use Prettier)
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([name]) => !name.startsWith("prettier/")),
);

export default tseslint.config(
  { ignores: ["dist/**", "test-artifacts/**", "coverage/**", "node_modules/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ADDIN,
    extends: [js.configs.recommended, ...tseslint.configs.recommended, react.configs.flat.recommended, react.configs.flat["jsx-runtime"]],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
    settings: { react: { version: "18.3" } },
    rules: {
      ...officeRules,
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-undef": "off", // TypeScript checks names
      "react/prop-types": "off",
    },
  },
);
