// npm run presets:parse: writes src/presets/parsed.json, the built-in campaigns parsed and validated by the
// rule-file schema (defaults filled in), so that a check with a preset needs neither zod nor the schema.
// Run it after editing a preset; test/presets/parsed.test.ts fails until it is run.
import { writeFileSync } from "node:fs";
import { parsePresets } from "../src/presets/parse.js";

const out = new URL("../src/presets/parsed.json", import.meta.url);
writeFileSync(out, JSON.stringify(parsePresets(), null, 2) + "\n");
console.log(`written: ${out.pathname}`);
