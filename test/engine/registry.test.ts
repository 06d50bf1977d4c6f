// the rule-kind registry: one module per kind gives the schema union, the codes and their texts
import { describe, expect, it } from "vitest";
import { campaignJsonSchema, check, CODES, FINDING_CODES, formatFinding, localizeReport, parseCampaign, RULE_KINDS } from "../../src/engine/index.js";
import { getPreset, PRESETS } from "../../src/presets/index.js";
import { campaign, sheet } from "./helpers.js";

describe("registry", () => {
  it("has every contract code once, each with a severity, a name and a message in both languages", () => {
    for (const code of ["missing-column", "missing-value", "invalid-value", "not-allowed", "below-threshold", "above-threshold", "outside-period", "after-deadline", "quota-exceeded", "quota-below-minimum", "duplicate"]) {
      expect(FINDING_CODES).toContain(code);
    }
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    const owned = RULE_KINDS.flatMap((k) => Object.keys(k.codes));
    expect(new Set(owned).size).toBe(owned.length); // no code owned by two kinds
    for (const c of FINDING_CODES) {
      const m = CODES[c];
      expect(["error", "warning", "info"]).toContain(m.severity);
      for (const t of [m.name, m.message]) expect(t.vi && t.en && t.vi !== t.en).toBeTruthy();
    }
  });

  it("builds the rule union from the kinds: each kind parses, an unknown kind is refused with its path", () => {
    const schema = JSON.stringify(campaignJsonSchema());
    for (const k of RULE_KINDS) expect(schema).toContain(`"${k.kind}"`);
    const bad = parseCampaign({ id: "x", name: { vi: "a", en: "a" }, plan: { title: "t" }, rules: [{ kind: "streaks", id: "s" }] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]?.path).toBe("$.rules[0].kind");
  });
});

describe("quota rules", () => {
  it("every quota rule reaches the report, not just the first", () => {
    const c = campaign({
      unitGroups: [{ id: "department", label: { vi: "Sở", en: "Departments" }, patterns: ["Sở *"] }],
      rules: [
        { kind: "quota", id: "quota-individuals", when: { nomineeType: "individual" }, limits: [{ group: "department", max: 1 }] },
        { kind: "quota", id: "quota-collectives", when: { nomineeType: "collective" }, limits: [{ group: "department", max: 1 }] },
      ],
    });
    const r = check(c, [sheet([{ type: "Cá nhân" }, { type: "Cá nhân" }, { type: "Tập thể" }, { type: "Tập thể" }])]);
    expect(r.findings.map((f) => [f.code, f.rule, f.rows])).toEqual([
      ["quota-exceeded", "quota-individuals", [2, 3]],
      ["quota-exceeded", "quota-collectives", [4, 5]],
    ]);
    expect(r.units.map((u) => [u.unit, u.counted, u.status])).toEqual([
      ["Sở Y tế", 2, "over"],
      ["Sở Y tế", 2, "over"],
    ]);
  });
});

describe("findings rendered at display time", () => {
  it("a report checked in Vietnamese renders in English exactly as one checked in English", () => {
    for (const p of PRESETS) {
      const c = getPreset(p.id)!;
      const rows = sheet([{ form: "Giấy khen", contribution: "nhiều", date: "01/01/2019" }, { contribution: 1, kind: "Nhà hảo tâm" }, { name: "Người 1" }]);
      const vi = check(c, [rows], { lang: "vi" });
      const en = check(c, [rows], { lang: "en" });
      expect(vi.findings.length).toBeGreaterThan(1);
      expect(en.findings.map((f) => f.message)).not.toEqual(vi.findings.map((f) => f.message));
      expect(localizeReport(vi, c, "en")).toEqual(en);
      expect(vi.findings.map((f) => formatFinding(f, "en", c))).toEqual(en.findings.map((f) => f.message));
      expect(vi.findings.map((f) => [f.messageId, f.data])).toEqual(en.findings.map((f) => [f.messageId, f.data]));
    }
  });
});
