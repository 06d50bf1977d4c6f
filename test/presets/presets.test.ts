// every shipped rule file parses, cites its plan word for word, and the ids are the contract's
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCampaign } from "../../src/engine/index.js";
import { PRESETS, PRESET_IDS, getPreset } from "../../src/presets/index.js";

// the five source plans, kept beside the presets so a fresh clone can check every quotation
const SEEDS = fileURLToPath(new URL("../../src/presets/sources/", import.meta.url));
const PRESET_DIR = fileURLToPath(new URL("../../src/presets/", import.meta.url));
const CONTRACT_IDS = [
  "kien-giang-2021-covid",
  "kon-tum-snv-2021-covid",
  "hung-yen-2021-covid",
  "kien-giang-2019-party-congress",
  "tuyen-quang-2021-covid",
];
/** the yearly round under the law: cites law.md, not a plan */
const LAW_ID = "luat-tdkt-2022";
const PLAN_SEEDS: Record<string, string> = {
  "kien-giang-2021-covid": "000_4ebd0174e06a1fda.txt",
  "kon-tum-snv-2021-covid": "001_fea1766af1ae14e0.txt",
  "hung-yen-2021-covid": "002_b66005170989c426.txt",
  "kien-giang-2019-party-congress": "003_848630548fecf612.txt",
  "tuyen-quang-2021-covid": "004_4314cc3fc4d7c183.txt",
};

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const seedText = (file: string) => squash(readFileSync(SEEDS + file, "utf8"));

describe("built-in campaigns", () => {
  it("PRESET_IDS are the contract's ids, in order", () => {
    expect(PRESET_IDS).toEqual([...CONTRACT_IDS, LAW_ID]);
    expect(PRESETS.map((p) => p.id)).toEqual([...CONTRACT_IDS, LAW_ID]);
  });

  it("getPreset finds each id and nothing else", () => {
    for (const id of [...CONTRACT_IDS, LAW_ID]) expect(getPreset(id)?.id).toBe(id);
    expect(getPreset("kien-giang-2022-covid")).toBeUndefined();
    expect(getPreset("")).toBeUndefined();
  });

  describe.each(CONTRACT_IDS)("%s", (id) => {
    const json: unknown = JSON.parse(readFileSync(`${PRESET_DIR}${id}.json`, "utf8"));
    const preset = getPreset(id)!;

    it("the rule file on disk parses with the public schema", () => {
      const r = parseCampaign(json);
      expect(r.ok ? [] : r.errors).toEqual([]);
    });

    it("names its plan's seed, which exists", () => {
      expect(preset.plan.seed).toBe(PLAN_SEEDS[id]);
      expect(existsSync(SEEDS + preset.plan.seed)).toBe(true);
    });

    it("every rule cites its own plan, quoting it verbatim", () => {
      const seed = PLAN_SEEDS[id]!;
      const text = seedText(seed);
      const bad = preset.rules
        .filter((r) => r.source?.seed !== seed || !text.includes(squash(r.source.quote)))
        .map((r) => r.id);
      expect(bad).toEqual([]);
    });

    it("every rule has a Vietnamese and an English description", () => {
      const bad = preset.rules.filter((r) => !r.description?.vi.trim() || !r.description.en.trim()).map((r) => r.id);
      expect(bad).toEqual([]);
    });

    it("has a duplicate rule", () => {
      expect(preset.rules.some((r) => r.kind === "duplicate")).toBe(true);
    });
  });

  it("a broken copy of a preset is rejected with a JSON path", () => {
    const json = JSON.parse(readFileSync(`${PRESET_DIR}kien-giang-2021-covid.json`, "utf8")) as {
      rules: { id: string; limits?: { min?: number; max?: number }[] }[];
    };
    const quota = json.rules.find((r) => r.id === "quota")!;
    quota.limits![0]!.min = 99;
    const r = parseCampaign(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(`$.rules[${json.rules.indexOf(quota)}].limits[0].min`);
  });
});
