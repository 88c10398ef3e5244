// Lint rules for the whole tree: Next's own rules (Core Web Vitals, TypeScript) and the direction of
// imports between the top-level folders, so that the domain (lib/) stays free of pages and components.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

// Modules that hand out the database itself. Pages, layouts, route handlers and actions reach data only
// through the domain functions in lib/, which check permissions and scopes; nothing under app/ is allowed
// to take a client directly (the list of exceptions is empty on purpose).
const databaseClientMessage =
  "Pages, route handlers and actions reach data through a domain function in lib/, which checks permission and scope; they do not take the database client.";

export default defineConfig([
  globalIgnores([
    ".next/**",
    "lib/db/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/include": ["app/**", "components/**", "lib/**", "tests/**", "scripts/**"],
      "boundaries/elements": [
        { type: "app", pattern: "app/**", partialMatch: false },
        { type: "components", pattern: "components/**", partialMatch: false },
        { type: "lib", pattern: "lib/**", partialMatch: false },
        { type: "tests", pattern: "tests/**", partialMatch: false },
        { type: "scripts", pattern: "scripts/**", partialMatch: false },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            {
              from: { element: { type: "lib" } },
              allow: { to: { element: { type: "lib" } } },
            },
            {
              from: { element: { type: "components" } },
              allow: { to: { element: { types: { anyOf: ["components", "lib"] } } } },
            },
            {
              from: { element: { types: { anyOf: ["app", "tests", "scripts"] } } },
              allow: { to: { element: { types: { anyOf: ["app", "components", "lib", "tests", "scripts"] } } } },
            },
          ],
          message:
            "Imports run one way: app/ may use components/ and lib/, components/ only components/ and lib/ (server actions come in as props from the page), lib/ only lib/.",
        },
      ],
    },
  },
  {
    rules: {
      // Leaving fields out of an object by destructuring the rest is how secrets are dropped from a view.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright hands each fixture a function named `use`; it is not React's hook, and no React runs here.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "(^|/)lib/db/client(\\.ts)?$", message: databaseClientMessage }],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/(^|\\/)lib\\/db\\/client(\\.ts)?$/]",
          message: databaseClientMessage,
        },
      ],
    },
  },
]);
