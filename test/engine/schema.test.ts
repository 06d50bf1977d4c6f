// rule files: parse, don't validate; every error names its JSON path
import { describe, expect, it } from "vitest";
import { campaignJsonSchema, parseCampaign } from "../../src/engine/index.js";

const base = { id: "x", name: { vi: "X", en: "X" }, plan: { title: "KH" } };

describe("rule files", () => {
  it("names the JSON path of every error", () => {
    const r = parseCampaign({
      ...base,
      rules: [
        { kind: "threshold", id: "t", anyOf: [{ field: "contribution" }] },
        { kind: "quota", id: "q", limits: [{ group: "nowhere", min: 5, max: 3 }] },
        { kind: "period", id: "p", field: "achievementDate", from: "2021-02-30" },
        { kind: "bogus", id: "b" },
      ],
    });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["$.rules[0].anyOf[0].min", "$.rules[1].limits[0].min", "$.rules[2].from", "$.rules[3].kind"]));
  });

  it("rejects duplicate rule ids and unknown unit groups", () => {
    const r = parseCampaign({ ...base, rules: [{ kind: "duplicate", id: "d" }, { kind: "duplicate", id: "d" }, { kind: "quota", id: "q", limits: [{ group: "g" }] }] });
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.message])).toEqual([
      ["$.rules[1].id", 'duplicate rule id "d"'],
      ["$.rules[2].limits[0].group", 'unknown unit group "g"'],
    ]);
  });

  it("rejects unknown keys (a typo is an error, not a silent default)", () => {
    const r = parseCampaign({ ...base, rules: [{ kind: "duplicate", id: "d", kees: ["name"] }] });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["$.rules[0]"]);
  });

  it("caps the length and number of name patterns (a rule file is user input)", () => {
    const long = "*a".repeat(101);
    const r = parseCampaign({
      ...base,
      unitGroups: [{ id: "g", label: { vi: "G", en: "G" }, patterns: [long] }],
      rules: [{ kind: "allowed", id: "a", field: "unit", patterns: Array.from({ length: 501 }, (_, i) => `Huyện ${i} *`) }],
    });
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.message])).toEqual([
      ["$.unitGroups[0].patterns[0]", "a pattern may have at most 200 characters"],
      ["$.rules[0].patterns", "at most 500 patterns in one list"],
    ]);
  });

  it("publishes a JSON Schema an editor can use", () => {
    const s = campaignJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(s.type).toBe("object");
    expect(s.required).toEqual(expect.arrayContaining(["id", "name", "plan", "rules"]));
    expect(JSON.stringify(s)).toContain('"threshold"');
  });
});
