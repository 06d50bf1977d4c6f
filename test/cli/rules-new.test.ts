// thidua rules new --from PRESET|FILE: a starting rule file with $schema set; rules check in vi and en
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCampaign } from "../../src/engine/index.js";
import { PRESET_IDS } from "../../src/presets/index.js";
import { run, tmp } from "../fixtures/build.js";

describe("rules new", () => {
  it.each(PRESET_IDS)("starts from the preset %s: $schema first, the rule file as shipped, valid", async (id) => {
    const r = await run("rules", "new", "--from", id);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(doc)[0]).toBe("$schema");
    expect(doc["$schema"]).toBe("./thidua.schema.json");
    const shipped = JSON.parse(await readFile(`src/presets/${id}.json`, "utf8")) as Record<string, unknown>;
    expect({ ...doc, $schema: undefined }).toEqual({ ...shipped, $schema: undefined });
    expect(parseCampaign(doc).ok).toBe(true);
    expect(r.err).toContain("thidua rules schema > thidua.schema.json");
  });

  it("starts from a rule file, keeps its key order, replaces its $schema, and takes a new id", async () => {
    const dir = await tmp();
    const src = join(dir, "mine.json");
    await writeFile(src, JSON.stringify({ $schema: "old.json", id: "cua-toi", name: { vi: "Của tôi", en: "Mine" }, plan: { title: "KH 1" }, rules: [{ kind: "duplicate", id: "trung" }] }));
    const r = await run("rules", "new", "--from", src, "--id", "ke-hoach-2026");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["$schema", "id", "name", "plan", "rules"]);
    expect(doc).toMatchObject({ $schema: "./thidua.schema.json", id: "ke-hoach-2026" });
    // rules check accepts what rules new printed
    const out = join(dir, "new.json");
    await writeFile(out, r.out);
    expect((await run("rules", "check", out)).code).toBe(0);
  });

  it("writes the file as UTF-8 with --out", async () => {
    const out = join(await tmp(), "ke-hoach.json");
    const r = await run("rules", "new", "--from", "kien-giang-2021-covid", "--out", out);
    expect(r).toMatchObject({ code: 0, out: "" });
    expect(r.err).toContain(`Đã ghi tệp quy tắc: ${out}`);
    const text = await readFile(out, "utf8");
    expect(text).toContain("Bằng khen");
    expect(JSON.parse(text)).toMatchObject({ $schema: "./thidua.schema.json", id: "kien-giang-2021-covid" });
  });

  it("never overwrites an existing --out file (a clerk's edited campaign) unless --force", async () => {
    const out = join(await tmp(), "ke-hoach-2026.json");
    await writeFile(out, '{ "id": "da-sua", "note": "the clerk edited this" }');
    const r = await run("rules", "new", "--from", "kien-giang-2021-covid", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Tệp ${out} đã có: không ghi đè (có thể là kế hoạch bạn đã sửa). Chọn tên khác, hoặc thêm --force để ghi đè\n`);
    expect(await readFile(out, "utf8")).toBe('{ "id": "da-sua", "note": "the clerk edited this" }');
    const en = await run("rules", "new", "--from", "kien-giang-2021-covid", "--out", out, "--lang", "en");
    expect(en.err).toContain("already exists: not overwritten");
    const forced = await run("rules", "new", "--from", "kien-giang-2021-covid", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(out, "utf8"))).toMatchObject({ id: "kien-giang-2021-covid" });
  });

  it.each([
    [["--from", "khong-co"], "vi", /^Không có kế hoạch “khong-co”\. Các kế hoạch có sẵn: kien-giang-2021-covid/],
    [["--from", "khong-co"], "en", /^No campaign “khong-co”\. Built-in campaigns: kien-giang-2021-covid/],
    [["--from", "no-such.json"], "vi", /^Không tìm thấy tệp quy tắc: no-such\.json\n$/],
    [["--from", "kien-giang-2021-covid", "--id", "Ke Hoach"], "vi", /^Mã kế hoạch “Ke Hoach” không hợp lệ/],
    [["--from", "kien-giang-2021-covid", "--id", "Ke Hoach"], "en", /^Campaign id “Ke Hoach” is not valid/],
  ])("refuses %j (%s) with exit 2 and one line", async (args, lang, line) => {
    const r = await run("rules", "new", ...args, "--lang", lang);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(line);
  });

  it("refuses an invalid rule file as a starting point, naming the first error in Vietnamese", async () => {
    const f = join(await tmp(), "bad.json");
    await writeFile(f, JSON.stringify({ id: "x", name: { vi: "X", en: "X" }, plan: { title: "" }, rules: [{ kind: "duplicate", id: "d" }] }));
    const r = await run("rules", "new", "--from", f);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Tệp quy tắc ${f} không hợp lệ: $.plan.title: Không được để trống\n`);
  });

  it("needs --from", async () => {
    const r = await run("rules", "new");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--from/);
  });
});

describe("rules check speaks the user's language", () => {
  const broken = {
    id: "Bad Id",
    name: { vi: "Kế hoạch" },
    plan: { title: "" },
    rules: [
      { id: "t", kind: "threshold", anyOf: [{ field: "contribution", min: "50.000.000" }] },
      { id: "p", kind: "period", field: "achievementDate", from: "2026-02-30" },
    ],
  };
  it.each([
    ["vi", ["$.id: Mã kế hoạch chỉ gồm chữ thường", "$.name.en: Bắt buộc", "$.plan.title: Không được để trống", "$.rules[0].anyOf[0].min: Cần một số", "$.rules[1].from: Không có ngày này trong lịch"]],
    ["en", ["$.id: campaign ids are kebab-case", "$.name.en: Required", "$.plan.title: Must not be empty", "$.rules[0].anyOf[0].min: Needs a number", "$.rules[1].from: not a real date"]],
  ])("%s", async (lang, lines) => {
    const f = join(await tmp(), "broken.json");
    await writeFile(f, JSON.stringify(broken));
    const r = await run("rules", "check", f, "--lang", lang);
    expect(r.code).toBe(1);
    for (const l of lines) expect(r.out).toContain(`  ${l}`);
  });

  it("check --campaign with a broken file names its first error in Vietnamese by default", async () => {
    const f = join(await tmp(), "broken.json");
    await writeFile(f, JSON.stringify(broken));
    const r = await run("check", "examples/kien-giang-2021-covid.xlsx", "--campaign", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Tệp quy tắc .+ không hợp lệ: \$\.id: Mã kế hoạch chỉ gồm chữ thường/);
  });
});
