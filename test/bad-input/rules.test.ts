// bad-input catalogue, rule files: each mistake is named with its JSON path by `rules check` and stops
// `check` in one line; a hostile pattern can neither hang the check nor pass the schema when oversized
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getPreset } from "../../src/presets/index.js";
import { excellent, listWorkbook, run, tmp } from "../fixtures/build.js";
import { esc, runCase } from "./catalogue.js";

let dir: string;
let good: string;
const base = () => structuredClone(getPreset("kien-giang-2021-covid")!) as unknown as Record<string, unknown> & { rules: Record<string, unknown>[]; unitGroups: Record<string, unknown>[] };

async function ruleFile(name: string, content: unknown): Promise<string> {
  const f = join(dir, name);
  await writeFile(f, typeof content === "string" ? content : JSON.stringify(content));
  return f;
}

async function rulesCheck(f: string): Promise<string[]> {
  const r = await run("rules", "check", f, "--lang", "en");
  expect(r.code, r.out + r.err).toBe(1);
  return r.out.trimEnd().split("\n").slice(1).map((l) => l.trim());
}

beforeAll(async () => {
  dir = await tmp();
  good = await listWorkbook(join(dir, "good.xlsx"), [excellent(1, "Sở Y tế")]);
});

describe("rule files", () => {
  it("invalid JSON: the line and column", async () => {
    const f = await ruleFile("bad.json", '{ "id": "x", }');
    const r = await runCase(["check", good, "--campaign", f], { code: 2, inputs: [good] });
    // a comma too many before "}": said in Vietnamese, not node's English "Expected double-quoted property name"
    expect(r.err.trimEnd()).toBe(`Tệp quy tắc ${f} không phải JSON hợp lệ: cần tên mục trong ngoặc kép ở chỗ “}” (có dấu phẩy thừa trước “}”?) (dòng 1, cột 14)`);
  });

  it.each([
    ['{ "id": "x"\n  "name": {} }', "vi", "thiếu dấu phẩy “,” hoặc dấu “}” trước “\"” (dòng 2, cột 3)"],
    ['{ "id": "x"\n  "name": {} }', "en", "a comma “,” or “}” is missing before “\"” (line 2, column 3)"],
    ['{ "rules": [1 2] }', "vi", "thiếu dấu phẩy “,” hoặc dấu “]” trước “2” (dòng 1, cột 15)"],
    ['{ "id" "x" }', "vi", "thiếu dấu hai chấm “:” sau tên mục (dòng 1, cột 8)"],
    ['{ "id": "x', "vi", "tệp kết thúc giữa chừng (thiếu “}”, “]” hoặc dấu ngoặc kép đóng?) (dòng 1, cột 11)"],
    ['{ "id": "x" } }', "en", "there is more (“}”) after the JSON has ended (line 1, column 15)"],
  ])("invalid JSON %j in %s: what is wrong, in the user's language, and where", async (text, lang, detail) => {
    const f = await ruleFile(`fault-${lang}-${text.length}.json`, text);
    const r = await runCase(["rules", "check", f, "--lang", lang], { code: 1, inputs: [] });
    expect(r.out).toContain(detail);
    expect(r.out).not.toMatch(/Expected|Unexpected|position/);
  });

  it("wrong types", async () => {
    const c = base();
    c["rules"] = [{ kind: "threshold", id: "t", anyOf: [{ field: "contribution", min: "75 triệu" }] }];
    const f = await ruleFile("types.json", c);
    expect(await rulesCheck(f)).toEqual([expect.stringMatching(/^\$\.rules\[0\]\.anyOf\[0\]\.min: /)]);
    await runCase(["check", good, "--campaign", f], { code: 2, inputs: [good] });
  });

  it("an unknown rule kind", async () => {
    const c = base();
    c.rules.push({ kind: "maximum", id: "m" });
    expect(await rulesCheck(await ruleFile("kind.json", c))).toEqual([expect.stringMatching(/^\$\.rules\[\d+\]\.kind: /)]);
  });

  it("an unknown field id (was accepted)", async () => {
    const c = base();
    c.rules.push({ kind: "required", id: "typo", fields: ["name", "contributon"] });
    c.rules.push({ kind: "allowed", id: "typo-2", field: "awardFrom", values: ["x"] });
    const f = await ruleFile("field.json", c);
    const n = c.rules.length;
    expect(await rulesCheck(f)).toEqual([
      `$.rules[${n - 2}].fields[1]: unknown field "contributon": not a built-in field id and not declared in fields`,
      `$.rules[${n - 1}].field: unknown field "awardFrom": not a built-in field id and not declared in fields`,
    ]);
    const r = await runCase(["check", good, "--campaign", f], { code: 2, inputs: [good] });
    expect(r.err).toMatch(/contributon/);
  });

  it("a field the file declares itself is known", async () => {
    const c = base();
    c["fields"] = [{ id: "vaccinationRate", type: "percent", label: { vi: "Tỷ lệ", en: "Rate" }, headers: ["Tỷ lệ tiêm"] }];
    c.rules.push({ kind: "threshold", id: "rate", optional: true, anyOf: [{ field: "vaccinationRate", min: 90 }] });
    const r = await run("rules", "check", await ruleFile("declared.json", c));
    expect(r.code, r.out).toBe(0);
  });

  it("a huge rule file is refused before it is parsed", async () => {
    const f = await ruleFile("huge.json", JSON.stringify({ ...base(), padding: "x".repeat(3 * 1_048_576) }));
    const r = await runCase(["check", good, "--campaign", f], { code: 2, inputs: [good] });
    expect(r.err.trimEnd()).toBe(`Tệp quy tắc ${f} quá lớn (3 MB; tối đa 2 MB)`);
  });

  it("a pattern too long, too many patterns", async () => {
    const c = base();
    c.unitGroups.push({ id: "long", label: { vi: "L", en: "L" }, patterns: ["*a".repeat(150)] });
    c.rules.push({ kind: "allowed", id: "many", field: "unit", patterns: Array.from({ length: 600 }, (_, i) => `Huyện ${i}*`) });
    expect(await rulesCheck(await ruleFile("long.json", c))).toEqual([
      expect.stringMatching(/^\$\.unitGroups\[\d+\]\.patterns\[0\]: a pattern may have at most 200 characters$/),
      expect.stringMatching(/^\$\.rules\[\d+\]\.patterns: at most 500 patterns in one list$/),
    ]);
  });

  it("a 25-star pattern against a 20,000-character unit name finishes (was: never)", async () => {
    const c = base();
    c.unitGroups.push({ id: "hostile", label: { vi: "H", en: "H" }, patterns: ["*a".repeat(25) + "*c"] });
    c.rules.push({ kind: "allowed", id: "hostile-unit", field: "unit", patterns: ["*a".repeat(25) + "*c"] });
    const f = await ruleFile("hostile.json", c);
    const input = await listWorkbook(join(dir, "long-unit.xlsx"), [excellent(1, "a".repeat(20_000)), excellent(2, "a".repeat(2_000))]);
    const r = await runCase(["check", input, "--campaign", f, "--format", "json"], { code: 1 });
    const doc = JSON.parse(r.out) as { findings: { code: string; rule: string }[] };
    expect(doc.findings.filter((x) => x.rule === "hostile-unit").map((x) => x.code)).toEqual(["not-allowed", "not-allowed"]);
  });
});
