// the yearly round's reading: the assessed year, earlier years' titles, history files, the layouts of real lists
import { describe, expect, it } from "vitest";
import { compileCampaign } from "../../src/engine/index.js";
import { marksInText, idsInCell } from "../../src/engine/yearly/marks.js";
import { yearOfCell, yearOfFileName, yearOfHeader, yearOfTitle } from "../../src/engine/yearly/year.js";
import { readDiscipline } from "../../src/engine/yearly/discipline.js";
import { initiativesOf } from "../../src/engine/yearly/read.js";
import { personKey, looksCollective } from "../../src/engine/yearly/nominee.js";
import { decision, FIRST, law, list, run, tuples } from "./helpers.js";

const cc = compileCampaign(law());

describe("the assessed year", () => {
  it.each([
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", 2025],
    ["Gò Quao, ngày 15 tháng 01 năm 2026 \n DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2025", 2025],
    ["DANH SÁCH … NĂM HỌC 2025-2026", 2026],
    ["Hà Nội, ngày 15/01/2026", null],
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", null],
  ])("from the title %j: %s", (t, y) => expect(yearOfTitle(t)).toBe(y));
  it.each([
    [2025, 2025],
    ["2025", 2025],
    ["Năm học 2024 - 2025", 2025],
    ["2024-2026", null],
    ["Nam", null],
    [1234, null],
  ])("from a cell %j: %s", (v, y) => expect(yearOfCell(v)).toBe(y));
  it("from a header and a file name", () => {
    expect(yearOfHeader("Xếp loại năm 2025")).toBe(2025);
    expect(yearOfHeader("2024")).toBe(2024);
    expect(yearOfFileName("/data/qd-2024.xlsx")).toBe(2024);
    expect(yearOfFileName("QD 123 CSTDCS 2023.xlsx")).toBe(2023);
    expect(yearOfFileName("quyet-dinh.xlsx")).toBeNull();
  });

  const header = ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", "Xếp loại", "Danh hiệu các năm trước"];
  const row = [1, "Trần Thị Mai", "Huyện Gò Quao", "CSTĐ cấp tỉnh", "HTXSNV", "CSTĐCS 2023, 2024"];
  const yearOf = (sheets: ReturnType<typeof list>[], opts = {}) => run(sheets, opts).findings.find((f) => f.rule === "cstd-cap-tinh")?.data["year"];
  it("the list's title gives it", () => expect(yearOf([list(header, [row], "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025")])).toBe(2025));
  it("a rating header “Xếp loại năm 2025” gives it (the rating of that year)", () => {
    const h = header.map((x) => (x === "Xếp loại" ? "Xếp loại năm 2024" : x));
    expect(yearOf([list(h, [row], "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")])).toBe(2024);
  });
  it("a year column gives it per row, “Năm học 2025-2026” too", () => {
    const h = [...header, "Năm học"];
    expect(yearOf([list(h, [[...row, "2025-2026"]], "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")])).toBe(2026);
  });
  it("--year overrides every other source", () => expect(yearOf([list(header, [row])], { year: 2024 })).toBe(2024));
  it("never today's date: a list with no year says the year is unknown", () => {
    const r = run([list(header, [row], "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")]);
    // on the row that needed the year (the first data row, 5), for the whole sheet's rows that did
    expect(tuples(r.findings, "cstd-cap-tinh")).toEqual([[5, "year", "missing-column", "cstd-cap-tinh"]]);
  });
});

describe("titles in one cell and earlier years as text", () => {
  it("splits on , ; + and reads short codes", () => {
    expect(idsInCell(cc.vocab.get("title"), "Lao động tiên tiến, Chiến sĩ thi đua cơ sở")).toEqual(["lao-dong-tien-tien", "cstd-co-so"]);
    expect(idsInCell(cc.vocab.get("title"), "LĐTT + CSTDCS")).toEqual(["lao-dong-tien-tien", "cstd-co-so"]);
    expect(idsInCell(cc.vocab.get("title"), "LĐTT; CSTĐ CS")).toEqual(["lao-dong-tien-tien", "cstd-co-so"]);
    expect(idsInCell(cc.vocab.get("awardForm"), "BKTTCP")).toEqual(["bk-ttcp"]);
    expect(idsInCell(cc.vocab.get("awardForm"), "BK UBND tỉnh")).toEqual(["bk-ubnd-tinh"]);
  });
  it.each([
    ["CSTĐCS 2023, 2024", [[2023, "cstd-co-so"], [2024, "cstd-co-so"]]],
    ["LĐTT 2022; CSTĐCS 2023", [[2022, "lao-dong-tien-tien"], [2023, "cstd-co-so"]]],
    ["Năm 2023: CSTĐCS; Năm 2024: LĐTT", [[2023, "cstd-co-so"], [2024, "lao-dong-tien-tien"]]],
    ["LĐTT, CSTĐCS 2024", [[2024, "lao-dong-tien-tien"], [2024, "cstd-co-so"]]],
    ["HTXSNV 2023, 2024", [[2023, "htxsnv"], [2024, "htxsnv"]]],
    ["Có 2 sáng kiến", []],
  ])("%j", (text, want) => expect(marksInText(cc, text).map((m) => [m.year, m.id])).toEqual(want));
});

describe("cells of the yearly round", () => {
  it.each([
    ["Không", "none"],
    ["", "none"],
    ["Đang xem xét kỷ luật", "pending"],
    ["Đang bị thanh tra", "pending"],
    ["Khiển trách (đến 30/6/2025)", "disciplined"],
  ])("discipline %j is %s", (t, kind) => expect(readDiscipline(t || null, t).kind).toBe(kind));
  it.each([
    [2, 2],
    ["02", 2],
    ["2 sáng kiến", 2],
    ["Không", 0],
    ["Sáng kiến A; Sáng kiến B", 2],
    [null, null],
  ])("initiatives %j → %s", (v, n) => expect(initiativesOf(v)).toBe(n));
  it("names lose honorifics and ranks, keep accents", () => {
    expect(personKey("Đại tá  Nguyễn Văn An")).toBe("nguyễn văn an");
    expect(personKey("Ông Lê Văn Tám")).toBe("lê văn tám");
    expect(personKey("Lệ")).not.toBe(personKey("Lê"));
  });
  it("collectives by their name, surnames that look like bodies are people", () => {
    expect(looksCollective("Phòng Tài chính - Kế hoạch")).toBe(true);
    expect(looksCollective("Tổ Toán")).toBe(true);
    expect(looksCollective("Tô Văn Lâm")).toBe(false);
    expect(looksCollective("Vũ Thị Hoa")).toBe(false);
    expect(looksCollective("Đoàn Văn Hậu")).toBe(false);
  });
});

describe("history files", () => {
  const nominee = list(["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", "Xếp loại", "Năm 2025"], [[1, "Trần Thị Mai", "Huyện Gò Quao", "CSTĐ cấp tỉnh", "HTXSNV", "CSTĐCS"]]);
  const QD = ["STT", "Họ và tên", "Đơn vị"];
  const found = (history: ReturnType<typeof list>[]) => {
    const r = run([nominee], { history });
    return { tuples: tuples(r.findings, "cstd-cap-tinh"), history: r.history };
  };
  it("the year in a column", () => {
    const h = decision("DANH SÁCH CÁ NHÂN ĐẠT DANH HIỆU", ["STT", "Họ và tên", "Đơn vị", "Danh hiệu", "Năm"], [
      [1, "Trần Thị Mai", "Huyện Gò Quao", "CSTĐCS", 2023],
      [2, "Trần Thị Mai", "Huyện Gò Quao", "Chiến sĩ thi đua cơ sở", 2024],
    ], "tong-hop.xlsx");
    const r = found([h]);
    expect(r.tuples).toEqual([]);
    expect(r.history).toEqual([{ file: "tong-hop.xlsx", sheet: "Danh sách", years: [2023, 2024], yearFrom: "column", records: 2 }]);
  });
  it("the year in the title", () => {
    const a = decision("QUYẾT ĐỊNH TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2023", QD, [[1, "Trần Thị Mai", "Huyện Gò Quao"]], "qd-a.xlsx");
    const b = decision("QUYẾT ĐỊNH TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024", QD, [[1, "Trần Thị Mai", "Huyện Gò Quao"]], "qd-b.xlsx");
    const r = found([a, b]);
    expect(r.tuples).toEqual([]);
    expect(r.history?.map((h) => [h.years, h.yearFrom])).toEqual([[[2023], "title"], [[2024], "title"]]);
  });
  it("the year in the file name", () => {
    const a = decision("DANH SÁCH CHIẾN SĨ THI ĐUA CƠ SỞ", QD, [[1, "Trần Thị Mai", "Huyện Gò Quao"]], "history/qd-cstdcs-2023.xlsx");
    const b = decision("DANH SÁCH CHIẾN SĨ THI ĐUA CƠ SỞ", QD, [[1, "Trần Thị Mai", "Huyện Gò Quao"]], "history/qd-cstdcs-2024.xlsx");
    const r = found([a, b]);
    expect(r.tuples).toEqual([]);
    expect(r.history?.map((h) => [h.years, h.yearFrom])).toEqual([[[2023], "file"], [[2024], "file"]]);
  });
  it("a sheet with no year anywhere is reported, not guessed", () => {
    const a = decision("DANH SÁCH CHIẾN SĨ THI ĐUA CƠ SỞ", QD, [[1, "Trần Thị Mai", "Huyện Gò Quao"]], "quyet-dinh.xlsx");
    const r = found([a]);
    expect(r.history).toEqual([{ file: "quyet-dinh.xlsx", sheet: "Danh sách", years: [], yearFrom: null, records: 0, problem: "no-year" }]);
    expect(r.tuples).toEqual([[FIRST, "name", "history-not-found", "cstd-cap-tinh"]]);
  });
});

describe("layouts of real yearly-round lists", () => {
  it("“Đối tượng” holding staff categories is not the nominee type: no invalid-value", () => {
    const header = ["STT", "Họ và tên", "Đối tượng", "Đơn vị", "Danh hiệu thi đua", "Xếp loại"];
    const r = run([list(header, [[1, "Nguyễn Văn An", "Giảng viên", "Khoa Toán", "LĐTT", "HTTNV"], [2, "Lê Văn Bình", "Hạ sĩ quan", "Đại đội 1", "LĐTT", "HTNV"], [3, "Vũ Thị Hoa", "Cán bộ", "Phòng Đào tạo", "LĐTT", "HTTNV"]])]);
    expect(r.findings.filter((f) => f.code === "invalid-value")).toEqual([]);
    expect(r.sheets[0]!.columns["nomineeType"]).toBeUndefined();
    expect(tuples(r.findings, "lao-dong-tien-tien")).toEqual([[FIRST + 1, "rating", "not-eligible", "lao-dong-tien-tien"]]);
  });
  it("“Đối tượng” holding Cá nhân / Tập thể stays the nominee type", () => {
    const header = ["STT", "Họ và tên", "Đối tượng", "Đơn vị", "Danh hiệu thi đua"];
    const r = run([list(header, [[1, "Nguyễn Văn An", "Cá nhân", "Khoa Toán", "LĐTT"]])]);
    expect(r.sheets[0]!.columns["nomineeType"]).toBe("C");
  });
  it("a combined “Danh hiệu thi đua/Hình thức khen thưởng” column feeds both title and award form", () => {
    const header = ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua/Hình thức khen thưởng", "Xếp loại", "Số sáng kiến"];
    const r = run([list(header, [[1, "Nguyễn Văn An", "Phòng Nội vụ", "Chiến sĩ thi đua cơ sở, Bằng khen UBND tỉnh", "HTTNV", 0]])], { history: [] });
    expect(r.sheets[0]!.columns).toMatchObject({ title: "D", awardForm: "D" });
    expect(tuples(r.findings).filter((t) => t[2] !== "missing-column").map((t) => t[3]).sort()).toEqual(["bang-khen-tinh-ca-nhan", "cstd-co-so"]);
  });
  it("a bare “Năm” column of years is the year; a gender column “Nam” is not", () => {
    const header = ["STT", "Họ và tên", "Nam", "Đơn vị", "Danh hiệu thi đua", "Năm"];
    const r = run([list(header, [[1, "Nguyễn Văn An", "x", "Phòng Nội vụ", "LĐTT", 2025]], "DANH SÁCH")]);
    expect(r.sheets[0]!.columns["year"]).toBe("F");
  });
  it("two header rows: “Danh hiệu thi đua” over one column per title marked X", () => {
    const rows = [
      ["UBND HUYỆN", null, null, null, null, null],
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", null, null, null, null, null],
      ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", null, "Xếp loại"],
      [null, null, null, "LĐTT", "CSTĐCS", null],
      [1, "Nguyễn Văn An", "Phòng Nội vụ", "x", "x", "HTTNV"],
    ];
    const merges = [{ top: 3, left: 4, bottom: 3, right: 5 }, ...[1, 2, 3, 6].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))];
    const r = run([{ name: "DS", rows, merges }]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 3, firstRow: 5 });
    // HTTNV and no initiatives column: CSTĐCS cannot be told, so the missing column is named (a warning)
    // on the row whose proposed CSTĐCS needed it
    expect(tuples(r.findings, "cstd-co-so")).toEqual([[5, "initiatives", "missing-column", "cstd-co-so"]]);
    expect(tuples(r.findings, "lao-dong-tien-tien")).toEqual([]);
  });
});
