// the built-in campaigns are parsed at build and test time, not on each run (src/presets/index.ts reads
// parsed.json): every shipped rule file must pass the rule-file schema, and parsed.json must be exactly
// what the schema makes of it (defaults filled in), or a check would use a stale or unchecked preset
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCampaign } from "../../src/engine/index.js";
import { RULE_FILES } from "../../src/presets/files.js";
import { getPreset, PRESET_IDS, PRESETS } from "../../src/presets/index.js";
import { parsePresets } from "../../src/presets/parse.js";

const shipped = JSON.parse(readFileSync(new URL("../../src/presets/parsed.json", import.meta.url), "utf8")) as unknown[];

describe("built-in campaigns, parsed ahead of time", () => {
  it.each(RULE_FILES.map(([file, json]) => [file, json] as const))("%s passes the rule-file schema", (_file, json) => {
    const r = parseCampaign(json);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("parsed.json is every shipped rule file as the schema parses it (else run npm run presets:parse)", () => {
    // through JSON, as the file is: an optional key the schema leaves undefined is simply absent there
    expect(shipped).toStrictEqual(JSON.parse(JSON.stringify(parsePresets())));
    expect(shipped).toHaveLength(RULE_FILES.length);
  });

  it("is what getPreset and PRESETS give, in the contract's order", () => {
    expect(PRESETS).toHaveLength(RULE_FILES.length);
    expect(PRESET_IDS).toEqual(parsePresets().map((c) => c.id));
    for (const [i, c] of parsePresets().entries()) expect(JSON.parse(JSON.stringify(getPreset(c.id)))).toStrictEqual(shipped[i]);
  });
});
