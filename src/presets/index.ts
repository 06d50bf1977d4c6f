// the built-in campaigns: rule files shipped with the product, checked by the same schema as a user's own.
// They are parsed at build and test time, not on each run: scripts/parse-presets.ts writes parsed.json
// (defaults filled in), and test/presets/parsed.test.ts proves it is exactly every shipped file, parsed
// and valid. So a check with a preset neither loads zod nor builds the schema.
import type { Campaign } from "../engine/core.js";
import { RULE_FILES } from "./files.js";
import parsed from "./parsed.json" with { type: "json" };

/** the built-in campaigns, in the contract's order */
export const PRESETS: Campaign[] = parsed as unknown as Campaign[];

export const PRESET_IDS: string[] = PRESETS.map((c) => c.id);

/** a preset's rule file as shipped (no defaults filled in), e.g. to start a new rule file from it */
export function presetRuleFile(id: string): unknown {
  const i = PRESET_IDS.indexOf(id);
  return i < 0 ? undefined : RULE_FILES[i]![1];
}

export function getPreset(id: string): Campaign | undefined {
  return PRESETS.find((c) => c.id === id);
}
