// the wrong-campaign hint in the command: a line after the totals (vi and en), `hints` in the JSON report
// with the contract's keys; the exit status is the one the findings give, hint or not
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { run, tmp } from "../fixtures/build.js";

const KON_TUM = "examples/kon-tum-snv-2021-covid.xlsx";
const HUNG_YEN = "examples/hung-yen-2021-covid.xlsx";

describe("thidua check: hints", () => {
  it("text (vi): one hint line after the totals, marked as no error; exit 1 from the findings", async () => {
    const r = await run("check", KON_TUM, "--campaign", "kien-giang-2021-covid");
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split("\n");
    const hints = lines.filter((l) => l.startsWith("Gợi ý"));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toBe(
      `Gợi ý (không phải lỗi) — ${KON_TUM} — DS khen thưởng: Danh sách này có vẻ thuộc kế hoạch “Kon Tum, Sở Nội vụ 2021 — Phong trào thi đua đặc biệt phòng, chống dịch Covid-19 (Kế hoạch 57/KH-SNV)” (kon-tum-snv-2021-covid): ` +
        "tiêu đề ghi “Kon Tum”, “57/KH-SNV”; 12/13 hình thức khen thưởng hợp với kế hoạch đó (kế hoạch đang dùng: 3/13). Kết quả kiểm tra vẫn theo kế hoạch đang dùng. " +
        "Để kiểm tra theo kế hoạch đó: --campaign kon-tum-snv-2021-covid",
    );
    expect(lines.indexOf(hints[0]!)).toBe(lines.findIndex((l) => l.startsWith("Tổng cộng:")) + 1);
    expect(r.out).toContain("Kế hoạch: Kiên Giang 2021"); // never switched
  });

  it("text (en)", async () => {
    const r = await run("check", KON_TUM, "--campaign", "kien-giang-2021-covid", "--lang", "en");
    expect(r.out).toMatch(/\nTotal: .*\nHint \(not an error\) — examples\/kon-tum-snv-2021-covid\.xlsx — DS khen thưởng: This list seems to belong to the plan “Kon Tum Home Affairs Department 2021 — .*” \(kon-tum-snv-2021-covid\): the title names “Kon Tum”, “57\/KH-SNV”; 12 of 13 award forms fit that plan .* To check against that plan: --campaign kon-tum-snv-2021-covid\n$/);
  });

  it("a hint with no error finding: exit 0 all the same", async () => {
    const r = await run("check", HUNG_YEN, "--campaign", "luat-tdkt-2022", "--format", "json");
    const doc = JSON.parse(r.out) as { totals: { errors: number }; hints: { campaign: string }[] };
    expect(doc.totals.errors).toBe(0);
    expect(doc.hints.map((h) => h.campaign)).toEqual(["hung-yen-2021-covid"]);
    expect(r.code).toBe(0);
  });

  it("JSON: `hints` with the contract's keys (file, sheet, campaign, message) and messageId + data", async () => {
    const r = await run("check", KON_TUM, "--campaign", "kien-giang-2021-covid", "--format", "json", "--lang", "en");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { hints: Record<string, unknown>[] };
    expect(doc.hints).toHaveLength(1);
    const h = doc.hints[0]!;
    expect(Object.keys(h)).toEqual(["file", "sheet", "campaign", "message", "messageId", "data"]);
    expect(h).toMatchObject({ file: KON_TUM, sheet: "DS khen thưởng", campaign: "kon-tum-snv-2021-covid", messageId: "wrong-campaign" });
    expect(h["message"]).toMatch(/^This list seems to belong to the plan/);
    expect(h["data"]).toMatchObject({ campaign: "kon-tum-snv-2021-covid", checked: "kien-giang-2021-covid", named: ["Kon Tum", "57/KH-SNV"] });
  });

  it("the list's own campaign: no hint line, `hints` empty", async () => {
    const text = await run("check", KON_TUM, "--campaign", "kon-tum-snv-2021-covid");
    expect(text.out).not.toMatch(/Gợi ý/);
    const json = await run("check", KON_TUM, "--campaign", "kon-tum-snv-2021-covid", "--format", "json");
    expect((JSON.parse(json.out) as { hints: unknown[] }).hints).toEqual([]);
  });

  it("--out: the copy's summary sheet has the hint under the totals", async () => {
    const out = join(await tmp(), "da-kiem-tra.xlsx");
    const r = await run("check", KON_TUM, "--campaign", "kien-giang-2021-covid", "--out", out);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet("Tổng hợp kiểm tra")!;
    const rows: string[][] = [];
    summary.eachRow((row) => rows.push([String(row.getCell(1).value ?? ""), String(row.getCell(2).value ?? "")]));
    const at = rows.findIndex((x) => x[0] === "Gợi ý (không phải lỗi)");
    expect(at).toBeGreaterThan(rows.findIndex((x) => x[0] === "Số lỗi"));
    const text: string[] = [];
    for (let i = at; i < rows.length && rows[i]![1] !== "" && (i === at || rows[i]![0] === ""); i++) text.push(rows[i]![1]!);
    expect(text.join(" ")).toMatch(/^examples\/kon-tum-snv-2021-covid\.xlsx — DS khen thưởng: Danh sách này có vẻ thuộc kế hoạch “Kon Tum, Sở Nội vụ 2021 — .*\(kon-tum-snv-2021-covid\).* Kết quả kiểm tra vẫn theo kế hoạch đang dùng\.$/);
  });
});
