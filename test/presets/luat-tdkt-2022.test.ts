// the yearly round under Luật TĐKT 2022 / NĐ 152/2025: every rule cites law.md, fires and does not fire, at its boundaries
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCampaign } from "../../src/engine/index.js";
import { decision, FIRST, law, list, run, tuples } from "../yearly/helpers.js";

const LAW = fileURLToPath(new URL("../../src/presets/sources/law.md", import.meta.url));
const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

describe("luat-tdkt-2022: the rule file", () => {
  const c = law();
  it("parses with the public schema and says it must be reviewed against the official text", () => {
    const json: unknown = JSON.parse(readFileSync(new URL("../../src/presets/luat-tdkt-2022.json", import.meta.url), "utf8"));
    const r = parseCampaign(json);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(c.description?.vi).toMatch(/bản sao thứ cấp/);
    expect(c.description?.vi).toMatch(/văn bản chính thức/);
    expect(c.description?.en).toMatch(/secondary copies/);
    expect(c.plan.seed).toBe("law.md");
  });
  it("every rule cites an article of law.md and quotes it verbatim", () => {
    const text = squash(readFileSync(LAW, "utf8"));
    const bad = c.rules.filter((r) => r.source?.seed !== "law.md" || !r.source.article || !text.includes(squash(r.source.quote))).map((r) => r.id);
    expect(bad).toEqual([]);
    // the article's number is one law.md names for that quote's text
    for (const r of c.rules) expect(text).toContain(/Điều \d+/.exec(r.source!.article!)![0]);
  });
  it("no rule encodes what law.md says was not found (Bằng khen Thủ tướng, a CSTĐCS cap)", () => {
    expect(JSON.stringify(c.rules)).not.toMatch(/bk-ttcp|15%/);
  });
  it("the 70% share is a campaign setting with 70 as the default", () => {
    expect(c.settings).toEqual({ ldttShare: 70 });
  });
});

const IND = ["STT", "Họ và tên", "Ngày sinh", "Đơn vị", "Danh hiệu thi đua", "Hình thức khen thưởng", "Xếp loại", "Số sáng kiến", "Kỷ luật"];
type P = { name?: string; birth?: string | null; unit?: string; title?: string | null; award?: string | null; rating?: string | null; ini?: number | string | null; disc?: string | null };
const ind = (p: P, i = 0) => [i + 1, p.name ?? `Nguyễn Văn Cán Bộ ${i + 1}`, p.birth ?? null, p.unit ?? "Phòng Nội vụ", p.title ?? null, p.award ?? null, p.rating ?? null, p.ini ?? null, p.disc ?? null];
const one = (p: P, rule: string, opts = {}) => tuples(run([list(IND, [ind(p)])], opts).findings, rule);

describe("lao-dong-tien-tien (Điều 24.1)", () => {
  it.each(["HTTNV", "Hoàn thành tốt nhiệm vụ", "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"])("rating %s: eligible", (rating) => {
    expect(one({ title: "Lao động tiên tiến", rating }, "lao-dong-tien-tien")).toEqual([]);
  });
  it.each(["HTNV", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"])("rating %s: not-eligible at the rating cell", (rating) => {
    expect(one({ title: "LĐTT", rating }, "lao-dong-tien-tien")).toEqual([[FIRST, "rating", "not-eligible", "lao-dong-tien-tien"]]);
  });
  it("an empty rating is missing-value", () => {
    expect(one({ title: "LĐTT", rating: null }, "lao-dong-tien-tien")).toEqual([[FIRST, "rating", "missing-value", "lao-dong-tien-tien"]]);
  });
  it("a row proposing another title is not its business", () => {
    expect(one({ title: "Chiến sĩ thi đua cơ sở", rating: "HTNV" }, "lao-dong-tien-tien")).toEqual([]);
  });
  it("the message names the title, the criterion, the value and the article", () => {
    const r = run([list(IND, [ind({ title: "LĐTT", rating: "HTNV" })])]);
    const f = r.findings.find((x) => x.rule === "lao-dong-tien-tien")!;
    expect(f.message).toBe("Chưa đủ tiêu chuẩn Lao động tiên tiến: xếp loại Hoàn thành tốt nhiệm vụ trở lên (đang là “HTNV”) (Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1).");
    expect(f.cell).toBe(`G${FIRST}`);
  });
});

describe("cstd-co-so (Điều 23)", () => {
  const cases: [string, P, boolean][] = [
    ["HTXSNV without initiatives", { rating: "HTXSNV", ini: 0 }, true],
    ["HTTNV with 1 initiative", { rating: "HTTNV", ini: 1 }, true],
    ["HTTNV with the initiative named", { rating: "HTTNV", ini: "Sáng kiến “Số hóa hồ sơ thi đua” (QĐ 12/QĐ-UBND)" }, true],
    ["HTTNV, no initiative", { rating: "HTTNV", ini: 0 }, false],
    ["HTTNV, initiatives cell empty", { rating: "HTTNV", ini: null }, false],
    ["HTNV with 2 initiatives: not the Lao động tiên tiến standard", { rating: "HTNV", ini: 2 }, false],
  ];
  it.each(cases)("%s", (_n, p, ok) => {
    const got = one({ title: "Lao động tiên tiến, Chiến sĩ thi đua cơ sở", ...p }, "cstd-co-so");
    expect(got).toEqual(ok ? [] : [[FIRST, "rating", "not-eligible", "cstd-co-so"]]);
  });
  it("one column per title marked X", () => {
    const header = ["STT", "Họ và tên", "Đơn vị", "LĐTT", "CSTDCS (Đánh X)", "Xếp loại", "Số sáng kiến"];
    const r = run([list(header, [[1, "Phạm Thị Lan", "Phòng Nội vụ", "X", "X", "HTTNV", 0], [2, "Võ Văn Hùng", "Phòng Nội vụ", "X", null, "HTTNV", 0]])]);
    expect(tuples(r.findings, "cstd-co-so")).toEqual([[FIRST, "rating", "not-eligible", "cstd-co-so"]]);
  });
});

const STREAK = ["STT", "Họ và tên", "Ngày sinh", "Đơn vị", "Danh hiệu thi đua", "Hình thức khen thưởng", "Xếp loại", "Số sáng kiến", "Năm 2025"];
const QD = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị"];
const cstdcs = (year: number, rows: [string, string, string?][], file = `qd-cstdcs-${year}.xlsx`) =>
  decision(`DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM ${year}`, QD, rows.map(([n, u, b], i) => [i + 1, n, b ?? null, "Chuyên viên", u]), file);

describe("cstd-cap-tinh (Điều 22): 3 consecutive Chiến sĩ thi đua cơ sở", () => {
  const nominee = (y2025: string | null, unit = "Huyện Gò Quao", birth: string | null = null) =>
    list(STREAK, [[1, "Trần Thị Mai", birth, unit, "Chiến sĩ thi đua cấp tỉnh", null, "HTXSNV", 1, y2025]]);
  const rule = "cstd-cap-tinh";
  it("2023, 2024 in the history and 2025 in the list's own column: eligible", () => {
    const r = run([nominee("CSTĐCS")], { history: [cstdcs(2023, [["Trần Thị Mai", "Huyện Gò Quao"]]), cstdcs(2024, [["Trần Thị Mai", "Huyện Gò Quao"]])] });
    expect(tuples(r.findings, rule)).toEqual([]);
  });
  it("only 2 consecutive (2024, 2025): not-eligible, with the years found and missing", () => {
    const r = run([nominee("CSTĐCS")], { history: [cstdcs(2023, [["Lê Văn Tám", "Huyện Gò Quao"]]), cstdcs(2024, [["Trần Thị Mai", "Huyện Gò Quao"]])] });
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "title", "not-eligible", rule]]);
    const f = r.findings.find((x) => x.rule === rule)!;
    expect(f.data).toMatchObject({ found: "2024, 2025", missing: "2023" });
    expect(f.message).toContain("thiếu 2023");
  });
  it("a gap year breaks the streak", () => {
    const r = run([nominee("CSTĐCS")], { history: [cstdcs(2023, [["Trần Thị Mai", "Huyện Gò Quao"]]), cstdcs(2024, [["Lê Văn Tám", "Huyện Gò Quao"]])] });
    expect(r.findings.find((x) => x.rule === rule)?.data).toMatchObject({ found: "2023, 2025", missing: "2024" });
  });
  it("the history names the unit another way (UBND huyện …, TP …): still the same nominee", () => {
    const r = run([nominee("CSTĐCS")], { history: [cstdcs(2023, [["Trần Thị Mai", "UBND huyện Gò Quao"]]), cstdcs(2024, [["  trần thị  mai ", "UBND Huyện Gò Quao"]])] });
    expect(tuples(r.findings, rule)).toEqual([]);
  });
  it("same name and unit but another birth date: another person, so not found", () => {
    const r = run([nominee("CSTĐCS", "Huyện Gò Quao", "12/03/1985")], {
      history: [cstdcs(2023, [["Trần Thị Mai", "Huyện Gò Quao", "01/01/1990"]]), cstdcs(2024, [["Trần Thị Mai", "Huyện Gò Quao", "01/01/1990"]])],
    });
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "name", "history-not-found", rule]]);
  });
  it("the nominee is absent from the history: history-not-found, info", () => {
    const r = run([nominee("CSTĐCS")], { history: [cstdcs(2023, [["Lê Văn Tám", "Huyện Gò Quao"]]), cstdcs(2024, [["Lê Văn Tám", "Huyện Gò Quao"]])] });
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "name", "history-not-found", rule]]);
    const f = r.findings.find((x) => x.rule === rule)!;
    expect(f.severity).toBe("info");
    expect(f.message).toContain("Trần Thị Mai");
  });
  it("no history at all and no earlier years on the list: history-not-found, info", () => {
    const r = run([list(STREAK.slice(0, 8), [[1, "Trần Thị Mai", null, "Huyện Gò Quao", "CSTĐ cấp tỉnh", null, "HTXSNV", 1]])]);
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "name", "history-not-found", rule]]);
    expect(r.totals.errors).toBe(0);
  });
  it("earlier years as text in the list itself (“CSTĐCS 2023, 2024”)", () => {
    const header = ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", "Danh hiệu các năm trước", "Năm 2025"];
    const r = run([list(header, [[1, "Trần Thị Mai", "Huyện Gò Quao", "CSTĐ cấp tỉnh", "CSTĐCS 2023, 2024", "CSTĐCS"], [2, "Lê Văn Tám", "Huyện Gò Quao", "CSTĐ cấp tỉnh", "CSTĐCS 2024", "CSTĐCS"]])]);
    expect(tuples(r.findings, rule)).toEqual([[FIRST + 1, "title", "not-eligible", rule]]);
  });
  it("a discipline that ended in 2024 leaves 2023 and 2024 out of the streak", () => {
    const header = [...STREAK, "Kỷ luật"];
    const r = run([list(header, [[1, "Trần Thị Mai", null, "Huyện Gò Quao", "CSTĐ cấp tỉnh", null, "HTXSNV", 1, "CSTĐCS", "Khiển trách, chấp hành xong ngày 30/06/2024"]])], {
      history: [cstdcs(2023, [["Trần Thị Mai", "Huyện Gò Quao"]]), cstdcs(2024, [["Trần Thị Mai", "Huyện Gò Quao"]])],
    });
    expect(r.findings.find((x) => x.rule === rule)?.data).toMatchObject({ found: "2025", missing: "2023, 2024" });
  });
});

describe("cstd-toan-quoc (Điều 21): twice Chiến sĩ thi đua cấp tỉnh", () => {
  const tinh = (year: number, who: string) =>
    decision(`QUYẾT ĐỊNH TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH NĂM ${year}`, QD, [[1, who, null, "Trưởng phòng", "Sở Y tế"]], `qd-cstd-tinh-${year}.xlsx`);
  const row = list(STREAK.slice(0, 8), [[1, "Đỗ Minh Quân", null, "Sở Y tế", "Chiến sĩ thi đua toàn quốc", null, "HTXSNV", 3]]);
  it("twice: eligible", () => {
    expect(tuples(run([row], { history: [tinh(2019, "Đỗ Minh Quân"), tinh(2022, "Đỗ Minh Quân")] }).findings, "cstd-toan-quoc")).toEqual([]);
  });
  it("once: not-eligible", () => {
    expect(tuples(run([row], { history: [tinh(2019, "Lê Văn Tám"), tinh(2022, "Đỗ Minh Quân")] }).findings, "cstd-toan-quoc")).toEqual([[FIRST, "title", "not-eligible", "cstd-toan-quoc"]]);
  });
});

describe("bang-khen-tinh-ca-nhan (Điều 74.1.d): a warning when neither alternative is shown", () => {
  const rule = "bang-khen-tinh-ca-nhan";
  const past = (rating: string, ini: number) =>
    decision("DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ NĂM 2024", ["STT", "Họ và tên", "Đơn vị", "Xếp loại", "Số sáng kiến"], [[1, "Bùi Thu Hà", "Phòng Tư pháp", rating, ini]], "xep-loai-2024.xlsx");
  const nominee = (ini: number, rating = "HTXSNV") => list(STREAK.slice(0, 8), [[1, "Bùi Thu Hà", null, "Phòng Tư pháp", null, "Bằng khen của Chủ tịch UBND tỉnh", rating, ini]]);
  it("HTXSNV two years with 2 initiatives (1 + 1): eligible", () => {
    expect(tuples(run([nominee(1)], { history: [past("HTXSNV", 1)] }).findings, rule)).toEqual([]);
  });
  it("HTXSNV two years with 1 initiative: warning", () => {
    const r = run([nominee(0)], { history: [past("HTXSNV", 1)] });
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "awardForm", "not-eligible", rule]]);
    expect(r.findings.find((f) => f.rule === rule)?.severity).toBe("warning");
  });
  it("2024 only HTTNV: warning naming the missing year", () => {
    const r = run([nominee(3)], { history: [past("HTTNV", 2)] });
    expect(r.findings.find((f) => f.rule === rule)?.message).toContain("2 năm liên tục Hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 2 sáng kiến (có 2025; thiếu 2024)");
  });
  it("two consecutive CSTĐCS (2024, 2025): eligible", () => {
    const r = run([nominee(0, "HTTNV")], { history: [cstdcs(2024, [["Bùi Thu Hà", "Phòng Tư pháp"]]), cstdcs(2025, [["Bùi Thu Hà", "Phòng Tư pháp"]])] });
    expect(tuples(r.findings, rule)).toEqual([]);
  });
  it("a collective is left to the collective rule", () => {
    const r = run([list(STREAK.slice(0, 8), [[1, "Phòng Tư pháp", null, "UBND huyện Gò Quao", null, "BK UBND tỉnh", "HTXSNV", 0]])], { history: [past("HTXSNV", 1)] });
    expect(tuples(r.findings, rule)).toEqual([]);
  });
});

describe("bang-khen-tinh-tap-the (Điều 74): 2 years Excellent or Tập thể lao động xuất sắc", () => {
  const rule = "bang-khen-tinh-tap-the";
  const header = ["STT", "Tên tập thể", "Cá nhân/Tập thể", "Đơn vị", "Hình thức khen thưởng", "Xếp loại", "Năm 2024"];
  const row = (y2024: string | null) => list(header, [[1, "Phòng Tài chính - Kế hoạch", "Tập thể", "UBND huyện Gò Quao", "Bằng khen UBND tỉnh", "HTXSNV", y2024]]);
  it.each(["HTXSNV", "Tập thể lao động xuất sắc", "TTLĐXS"])("2024 %s and 2025 HTXSNV: eligible", (v) => {
    expect(tuples(run([row(v)]).findings, rule)).toEqual([]);
  });
  it("2024 only Tập thể lao động tiên tiến: warning", () => {
    const r = run([row("Tập thể lao động tiên tiến")]);
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "awardForm", "not-eligible", rule]]);
    expect(r.findings.find((f) => f.rule === rule)?.severity).toBe("warning");
  });
});

const COLL = ["STT", "Tên tập thể", "Đơn vị", "Danh hiệu thi đua", "Tổng số cá nhân", "Số cá nhân hoàn thành nhiệm vụ", "Số cá nhân đạt LĐTT", "Số cá nhân đạt CSTĐCS", "Số cá nhân bị kỷ luật"];
const coll = (title: string, total: number, done: number, ldtt: number, cs: number, disc: number) => list(COLL, [[1, "Tổ Toán - Tin", "Trường THCS Lê Lợi", title, total, done, ldtt, cs, disc]]);

describe("tap-the-lao-dong-tien-tien (Điều 28)", () => {
  const rule = "tap-the-lao-dong-tien-tien";
  it("70% Lao động tiên tiến: eligible", () => expect(tuples(run([coll("Tập thể lao động tiên tiến", 100, 100, 70, 0, 0)]).findings, rule)).toEqual([]));
  it("69%: not-eligible", () => {
    const r = run([coll("Tập thể lao động tiên tiến", 100, 100, 69, 0, 0)]);
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "ldttCount", "not-eligible", rule]]);
    expect(r.findings.find((f) => f.rule === rule)!.message).toContain("69%");
  });
  it("a disciplined member: not-eligible", () => expect(tuples(run([coll("TTLĐTT", 10, 10, 9, 1, 1)]).findings, rule)).toEqual([[FIRST, "disciplinedCount", "not-eligible", rule]]));
  it("a campaign setting replaces the 70%", () => {
    const c = { ...law(), settings: { ldttShare: 80 } };
    expect(tuples(run([coll("Tập thể lao động tiên tiến", 100, 100, 75, 0, 0)], {}, c).findings, rule)).toEqual([[FIRST, "ldttCount", "not-eligible", rule]]);
  });
  it("a percent column when the counts are absent", () => {
    const header = ["STT", "Tên tập thể", "Đơn vị", "Danh hiệu thi đua", "Tỷ lệ LĐTT (%)", "Số cá nhân bị kỷ luật"];
    const r = run([list(header, [[1, "Tổ Văn", "Trường THCS Lê Lợi", "TTLĐTT", "69%", 0], [2, "Tổ Sử", "Trường THCS Lê Lợi", "TTLĐTT", 0.7, 0]])]);
    expect(tuples(r.findings, rule)).toEqual([[FIRST, "ldttShare", "not-eligible", rule]]);
  });
});

describe("tap-the-lao-dong-xuat-sac (Điều 27)", () => {
  const rule = "tap-the-lao-dong-xuat-sac";
  it("all completed, 70% LĐTT, one CSTĐCS: eligible", () => expect(tuples(run([coll("Tập thể lao động xuất sắc", 20, 20, 14, 1, 0)]).findings, rule)).toEqual([]));
  it("one member did not complete: not-eligible", () => expect(tuples(run([coll("Tập thể lao động xuất sắc", 20, 19, 14, 1, 0)]).findings, rule)).toEqual([[FIRST, "completedCount", "not-eligible", rule]]));
  it("no CSTĐCS: not-eligible", () => expect(tuples(run([coll("TTLĐXS", 20, 20, 15, 0, 0)]).findings, rule)).toEqual([[FIRST, "cstdcsCount", "not-eligible", rule]]));
});

describe("NĐ 152/2025 Điều 4: discipline", () => {
  it.each([
    ["Đang xem xét kỷ luật", true],
    ["Đang bị điều tra, thanh tra", true],
    ["đang xác minh đơn thư tố cáo", true],
    ["Không", false],
    ["", false],
    ["Khiển trách đến 31/12/2024", false],
  ])("pending discipline “%s”: fires %s", (disc, fires) => {
    expect(one({ title: "LĐTT", rating: "HTTNV", disc }, "dang-xem-xet-ky-luat")).toEqual(fires ? [[FIRST, "discipline", "not-eligible", "dang-xem-xet-ky-luat"]] : []);
  });
  it.each([
    ["Khiển trách, chấp hành xong ngày 30/06/2025", true],
    ["Cảnh cáo từ 01/07/2024 đến 30/06/2025", true],
    ["Khiển trách đến 31/12/2024", false],
    ["Khiển trách, hết hạn 15/03/2024", false],
  ])("discipline “%s” ended mid-way through 2025: fires %s", (disc, fires) => {
    expect(one({ title: "LĐTT", rating: "HTTNV", disc }, "chap-hanh-xong-ky-luat")).toEqual(fires ? [[FIRST, "discipline", "not-eligible", "chap-hanh-xong-ky-luat"]] : []);
  });
  it("a discipline without an end date is a warning, not a pass", () => {
    const r = run([list(IND, [ind({ title: "LĐTT", rating: "HTTNV", disc: "Khiển trách" })])]);
    const f = r.findings.find((x) => x.rule === "chap-hanh-xong-ky-luat")!;
    expect([f.code, f.severity]).toEqual(["not-eligible", "warning"]);
  });
  it("a list without a discipline column: one info, no error", () => {
    const r = run([list(IND.slice(0, 8), [ind({ title: "LĐTT", rating: "HTTNV" }).slice(0, 8)])]);
    expect(r.findings.filter((f) => f.field === "discipline").map((f) => [f.code, f.severity])).toEqual([["missing-column", "info"]]);
  });
});

describe("a campaign combining its own rules with the law's", () => {
  it("a 2026 plan adds a quota to the yearly round", () => {
    const base = law();
    const r = parseCampaign({
      ...base,
      id: "ke-hoach-2026",
      unitGroups: [{ id: "phong", label: { vi: "Phòng", en: "Office" }, patterns: ["Phòng *"] }],
      rules: [...base.rules, { id: "quota", kind: "quota", limits: [{ group: "phong", max: 1 }] }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rep = run([list(IND, [ind({ title: "LĐTT", rating: "HTTNV" }, 0), ind({ title: "LĐTT", rating: "HTNV" }, 1)])], {}, r.campaign);
    expect(tuples(rep.findings).map((t) => [t[2], t[3]]), JSON.stringify(rep.findings.map((f) => f.message))).toEqual([["quota-exceeded", "quota"], ["not-eligible", "lao-dong-tien-tien"]]);
  });
});
