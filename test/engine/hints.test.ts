// the wrong-campaign hint: a sheet that fits another campaign clearly better (title block, award forms,
// columns) gets one hint naming it; the check itself (findings, totals) stays as asked
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSummarySheet, check, localizeReport, parseCampaign, type Campaign, type CellValue, type SheetInput } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { PRESETS, getPreset } from "../../src/presets/index.js";
import { campaign } from "./helpers.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const preset = (id: string) => getPreset(id)!;
const hintsOf = (c: Campaign, sheets: SheetInput[], candidates: readonly Campaign[] = PRESETS) =>
  check(c, sheets, { hintCandidates: candidates }).hints!.map((h) => [h.sheet, h.campaign, h.data["by"]]);

const examples: Record<string, SheetInput[]> = {};
let general: Campaign;
beforeAll(async () => {
  for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith(".xlsx"))) examples[f.replace(/\.xlsx$/, "")] = (await readWorkbook(EXAMPLES + f, {})).sheets;
  const r = parseCampaign(JSON.parse(await readFile(EXAMPLES + "rules/khen-thuong-chung.json", "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  general = r.campaign;
});

/** a list with a title block above its header, written the way our own tests' clerks write */
function list(title: string[], forms: string[], header = ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Ngày lập thành tích"]): SheetInput {
  const rows: CellValue[][] = [...title.map((t) => [t]), [], header];
  forms.forEach((f, i) => rows.push([i + 1, `Nguyễn Văn An ${i + 1}`, "Chuyên viên", f, "15/12/2021"]));
  return { name: "Danh sách", rows };
}
const KON_TUM_FORMS = ["Giấy khen của Giám đốc Sở Nội vụ", "Giấy khen Giám đốc Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "GK", "Giấy khen của Giám đốc Sở Nội vụ", "Bằng khen của Thủ tướng Chính phủ"];

describe("the issue's case", () => {
  it("a Kon Tum list checked against Kiên Giang 2021: one hint naming kon-tum-snv-2021-covid, the check unchanged", () => {
    const sheets = examples["kon-tum-snv-2021-covid"]!;
    const plain = check(preset("kien-giang-2021-covid"), sheets);
    const hinted = check(preset("kien-giang-2021-covid"), sheets, { hintCandidates: PRESETS });
    expect(hinted.hints).toHaveLength(1);
    expect(hinted.hints![0]).toMatchObject({ sheet: "DS khen thưởng", campaign: "kon-tum-snv-2021-covid", messageId: "wrong-campaign" });
    expect(hinted.hints![0]!.data).toMatchObject({ campaign: "kon-tum-snv-2021-covid", checked: "kien-giang-2021-covid", by: "title", named: ["Kon Tum", "57/KH-SNV"], forms: { fit: 12, of: 13 }, checkedForms: { fit: 3, of: 13 } });
    expect(hinted.hints![0]!.message).toMatch(/^Danh sách này có vẻ thuộc kế hoạch “Kon Tum, Sở Nội vụ 2021 — .*” \(kon-tum-snv-2021-covid\)/);
    // never a switch: the same findings and totals, hint or not (the exit status follows totals.errors)
    expect(hinted.findings).toEqual(plain.findings);
    expect(hinted.totals).toEqual(plain.totals);
    expect(hinted.campaign.id).toBe("kien-giang-2021-covid");
    expect(plain.hints).toEqual([]); // no candidates given: the engine knows no presets of its own
  });

  it("renders in the other language from its data alone, as the pane switches language", () => {
    const r = check(preset("kien-giang-2021-covid"), examples["kon-tum-snv-2021-covid"]!, { hintCandidates: PRESETS });
    const en = localizeReport(r, preset("kien-giang-2021-covid"), "en");
    expect(en.hints![0]!.message).toBe(
      "This list seems to belong to the plan “Kon Tum Home Affairs Department 2021 — special COVID-19 emulation campaign (Plan 57/KH-SNV)” (kon-tum-snv-2021-covid): " +
        "the title names “Kon Tum”, “57/KH-SNV”; 12 of 13 award forms fit that plan (the plan used: 3 of 13). The check still follows the plan it was run with.",
    );
    expect(localizeReport(en, preset("kien-giang-2021-covid"), "vi").hints![0]!.message).toBe(r.hints![0]!.message);
  });
});

describe("every example against every preset", () => {
  // [example, checked against] -> the campaign hinted, or null. Each example against its own preset: none.
  // The yearly round's example names no plan and fits no COVID preset well: no hint against any of them.
  const ids = ["kien-giang-2021-covid", "kon-tum-snv-2021-covid", "hung-yen-2021-covid", "kien-giang-2019-party-congress", "tuyen-quang-2021-covid", "luat-tdkt-2022"];
  const cases: [string, string, string | null][] = ids.flatMap((example) =>
    ids.map((checked): [string, string, string | null] => [example, checked, example === checked || example === "luat-tdkt-2022" ? null : example]),
  );
  it.each(cases)("%s checked against %s → %s", (example, checked, expected) => {
    const hints = check(preset(checked), examples[example]!, { hintCandidates: PRESETS }).hints!;
    expect(hints.map((h) => h.campaign)).toEqual(expected ? [expected] : []);
    if (expected) expect(hints[0]!.data["by"]).toBe("title");
  });

  it.each(ids)("%s checked against the general rule file (a user's own that fits): no hint", (example) => {
    expect(hintsOf(general, examples[example]!)).toEqual([]);
  });
});

describe("examples/danh-sach (lists in other wordings: a district, a commune, a front committee)", () => {
  const DIR = EXAMPLES + "danh-sach/";
  const read = async (f: string) => (await readWorkbook(DIR + f, {})).sheets;
  // [file, checked against, hints expected (sheet → campaign)]
  const cases: [string, string, [string, string][]][] = [
    ["giong-rieng-kien-giang-2021.xlsx", "kien-giang-2021-covid", []],
    // both Kiên Giang plans name the province; the title's slogan is 2021's own
    ["giong-rieng-kien-giang-2021.xlsx", "kien-giang-2019-party-congress", [["Danh sách", "kien-giang-2021-covid"]]],
    ["mttq-hung-yen-nha-hao-tam-2021.xlsx", "hung-yen-2021-covid", []],
    ["mttq-hung-yen-nha-hao-tam-2021.xlsx", "kien-giang-2021-covid", [["DS nhà hảo tâm", "hung-yen-2021-covid"]]],
    ["so-noi-vu-kon-tum-ma-hinh-thuc.xlsx", "kon-tum-snv-2021-covid", []],
    ["so-noi-vu-kon-tum-ma-hinh-thuc.xlsx", "kien-giang-2021-covid", [["I. Cá nhân", "kon-tum-snv-2021-covid"], ["II. Tập thể", "kon-tum-snv-2021-covid"]]],
    ["xa-binh-an-kien-giang-2019.xlsx", "kien-giang-2019-party-congress", []],
    // a commune's title names neither its province nor the plan's number, but the plan's name unquoted
    // ("lập thành tích chào mừng Đại hội Đảng bộ các cấp"): runs of words only that plan has
    ["xa-binh-an-kien-giang-2019.xlsx", "kien-giang-2021-covid", [["Sheet1", "kien-giang-2019-party-congress"]]],
  ];
  it.each(cases)("%s checked against %s", async (file, checked, expected) => {
    const hints = check(preset(checked), await read(file), { hintCandidates: PRESETS }).hints!;
    expect(hints.map((h) => [h.sheet, h.campaign])).toEqual(expected);
  });

  it("each against the general rule file: none", async () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith(".xlsx"))) expect(hintsOf(general, await read(f)), f).toEqual([]);
  });

  it("a title naming the province and the slogan says both", async () => {
    const [h] = check(preset("kien-giang-2019-party-congress"), await read("giong-rieng-kien-giang-2021.xlsx"), { hintCandidates: PRESETS }).hints!;
    expect(h!.message).toContain("tiêu đề ghi “Kiên Giang” và tên phong trào của kế hoạch đó");
  });
});

describe("lists built here", () => {
  const KG = () => preset("kien-giang-2021-covid");
  // [what, title block, award forms, checked against, candidates' hint or null]
  const cases: [string, string[], string[], () => Campaign, string | null][] = [
    ["the province named alone", ["UBND TỈNH KON TUM", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], KON_TUM_FORMS, KG, "kon-tum-snv-2021-covid"],
    ["the plan's number alone", ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "(Thực hiện Kế hoạch số 57/KH-SNV)"], KON_TUM_FORMS, KG, "kon-tum-snv-2021-covid"],
    ["no title block: the award forms alone are no clear sign (Giấy khen fits several plans)", [], KON_TUM_FORMS, KG, null],
    ["the checked campaign's province named: nothing points away from it", ["UBND TỈNH KIÊN GIANG", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], KON_TUM_FORMS, KG, null],
    [
      "a province no preset belongs to, citing a number one preset has (Quảng Bình's own 136/KH-UBND)",
      ["UBND TỈNH QUẢNG BÌNH", "(Thực hiện Kế hoạch số 136/KH-UBND của UBND tỉnh)"],
      ["Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh"],
      KG,
      null,
    ],
    ["a cited national decision alone is weak (many plans implement 1497/QĐ-TTg)", ["(Thực hiện Quyết định số 1497/QĐ-TTg)"], ["Bằng khen của Chủ tịch UBND tỉnh"], KG, null],
    [
      "words every COVID plan uses tell no plan (“thi đua đặc biệt phòng, chống dịch Covid-19”, the nation-wide slogan)",
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Phong trào thi đua đặc biệt phòng, chống dịch Covid-19", "“Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19”"],
      ["Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen"],
      () => preset("luat-tdkt-2022"),
      null,
    ],
    ["Kiên Giang named, no plan told apart: 2019 and 2021 tie, no hint", ["UBND TỈNH KIÊN GIANG"], ["Bằng khen của Chủ tịch UBND tỉnh"], () => preset("kien-giang-2019-party-congress"), null],
    [
      "the title names Kon Tum, but the content fits it badly (no award form the plan allows)",
      ["UBND TỈNH KON TUM", "Kế hoạch số 57/KH-SNV"],
      ["Cờ thi đua", "Cờ thi đua", "Cờ thi đua", "Cờ thi đua", "Cờ thi đua"],
      () => preset("tuyen-quang-2021-covid"),
      null,
    ],
    ["the yearly round checked against a Kon Tum list: a hint", ["UBND TỈNH KON TUM", "Kế hoạch số 57/KH-SNV"], KON_TUM_FORMS, () => preset("luat-tdkt-2022"), "kon-tum-snv-2021-covid"],
    ["a user's own general rule file that fits: never a hint", ["UBND TỈNH KON TUM", "Kế hoạch số 57/KH-SNV"], KON_TUM_FORMS, () => general, null],
    [
      "a user's own rule file that does not fit (it allows only Huân chương): a hint",
      ["UBND TỈNH KON TUM", "Kế hoạch số 57/KH-SNV"],
      KON_TUM_FORMS,
      () => campaign({ id: "chi-huan-chuong", rules: [{ kind: "allowed", id: "f", field: "awardForm", values: ["huan-chuong-lao-dong"] }, { kind: "required", id: "r", fields: ["name", "unit", "nomineeType"] }] }),
      "kon-tum-snv-2021-covid",
    ],
  ];
  it.each(cases)("%s", (_what, title, forms, checked, expected) => {
    const hints = check(checked(), [list(title, forms)], { hintCandidates: PRESETS }).hints!;
    expect(hints.map((h) => h.campaign)).toEqual(expected ? [expected] : []);
  });

  it("by content alone, when the award forms tell the candidates apart (here only Kon Tum and Tuyên Quang are given)", () => {
    const candidates = [preset("kon-tum-snv-2021-covid"), preset("tuyen-quang-2021-covid")];
    const r = check(preset("kien-giang-2021-covid"), [list([], KON_TUM_FORMS)], { hintCandidates: candidates });
    expect(r.hints!.map((h) => [h.campaign, h.data["by"], h.data["named"]])).toEqual([["kon-tum-snv-2021-covid", "content", []]]);
    expect(r.hints![0]!.message).toContain("6/6 hình thức khen thưởng hợp với kế hoạch đó (kế hoạch đang dùng: 1/6)");
    // with every preset, Hưng Yên and Kiên Giang 2019 allow the same forms: no clear winner, no hint (above)
  });

  it("one hint per sheet, each naming its file and sheet; a sheet that fits gets none", () => {
    const kt = { ...list(["UBND TỈNH KON TUM"], KON_TUM_FORMS), file: "a.xlsx", name: "Kon Tum" };
    const kg = { ...list(["UBND TỈNH KIÊN GIANG"], ["Bằng khen của Chủ tịch UBND tỉnh"]), file: "b.xlsx", name: "Kiên Giang" };
    const r = check(preset("kien-giang-2021-covid"), [kt, kg, { ...kt, name: "Kon Tum 2" }], { hintCandidates: PRESETS });
    expect(r.hints!.map((h) => [h.file, h.sheet, h.campaign])).toEqual([
      ["a.xlsx", "Kon Tum", "kon-tum-snv-2021-covid"],
      ["a.xlsx", "Kon Tum 2", "kon-tum-snv-2021-covid"],
    ]);
  });

  it("candidates are asked for only when a sheet was checked (a function: nothing built at start-up)", () => {
    let asked = 0;
    const lazy = () => (asked++, PRESETS);
    check(preset("kien-giang-2021-covid"), [{ name: "Trống", rows: [] }], { hintCandidates: lazy });
    expect(asked).toBe(0);
    check(preset("kien-giang-2021-covid"), [list(["UBND TỈNH KON TUM"], KON_TUM_FORMS)], { hintCandidates: lazy });
    expect(asked).toBe(1);
  });
});

describe("the summary sheet", () => {
  const opts = (lang: "vi" | "en") => ({ lang, files: ["kt.xlsx"], checkedAt: new Date(2022, 0, 10, 9, 0), sheetNames: new Set(["DS khen thưởng"]) });
  it.each(["vi", "en"] as const)("(%s) shows the hint under the totals: a label, then the message in lines of at most 100 characters", (lang) => {
    const r = localizeReport(check(preset("kien-giang-2021-covid"), examples["kon-tum-snv-2021-covid"]!, { hintCandidates: PRESETS }), preset("kien-giang-2021-covid"), lang);
    const t = buildSummarySheet(r, preset("kien-giang-2021-covid"), opts(lang));
    const label = lang === "vi" ? "Gợi ý (không phải lỗi)" : "Hint (not an error)";
    const at = t.rows.findIndex((row) => row[0]?.v === label);
    expect(at).toBeGreaterThan(t.rows.findIndex((row) => row[0]?.v === (lang === "vi" ? "Số thông tin" : "Info")));
    const lines: string[] = [];
    for (let i = at; i < t.rows.length && t.rows[i]![1]?.style === "info"; i++) lines.push(String(t.rows[i]![1]!.v));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    expect(lines.join(" ")).toBe(`${r.hints![0]!.file} — DS khen thưởng: ${r.hints![0]!.message}`);
  });

  it("no hint, no hint row", () => {
    const r = check(preset("kon-tum-snv-2021-covid"), examples["kon-tum-snv-2021-covid"]!, { hintCandidates: PRESETS });
    const t = buildSummarySheet(r, preset("kon-tum-snv-2021-covid"), opts("vi"));
    expect(t.rows.some((row) => row[0]?.v === "Gợi ý (không phải lỗi)")).toBe(false);
  });
});
