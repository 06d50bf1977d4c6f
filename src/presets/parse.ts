// every shipped rule file through the rule-file schema (the same as a user's own): what parsed.json holds.
// Run at build and test time (scripts/parse-presets.ts, test/presets/parsed.test.ts), never to check a list.
import { parseCampaign, type Campaign } from "../engine/index.js";
import { RULE_FILES } from "./files.js";

export function parsePresets(): Campaign[] {
  return RULE_FILES.map(([file, json]) => {
    const r = parseCampaign(json);
    if (!r.ok) {
      const detail = r.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
      throw new Error(`built-in campaign src/presets/${file} is invalid: ${detail}`);
    }
    return r.campaign;
  });
}
