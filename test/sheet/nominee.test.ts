// the nominee type of every row on a sheet without a nominee-type column: by its name, title, file name,
// columns or campaign — and still "unknown" (the missing-column line) when nothing tells it
import { describe, expect, it } from "vitest";
import { check, type CellValue, type SheetJob } from "../../src/engine/index.js";
import { campaign } from "../engine/helpers.js";

// a rule that reads the nominee type of every row, so an unknown type is reported
const c = campaign({ rules: [{ kind: "required", id: "req", fields: ["name", "nomineeType"] }] });

function list(header: string[], rows: CellValue[][], o: { name?: string; file?: string; title?: string } = {}): SheetJob {
  return {
    name: o.name ?? "DS",
    ...(o.file !== undefined ? { file: o.file } : {}),
    rows: [[o.title ?? "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [], header, ...rows],
  };
}

const persons = [[1, "Nguyễn Văn An", "Nam", "Sở Y tế"], [2, "Trần Thị Bình", "Nữ", "Sở Y tế"]];
const plainHeader = ["STT", "Họ và tên", "Ghi chú", "Đơn vị đề nghị"];
const told = (job: SheetJob) => {
  const r = check(c, [job]);
  return { type: r.sheets[0]?.nomineeType ?? null, missing: r.findings.filter((f) => f.code === "missing-column").map((f) => [f.field, f.severity]) };
};

describe("what tells the nominee type of every row", () => {
  it.each([
    ["the sheet's name", list(plainHeader, persons, { name: "II. Tập thể" }), { type: "collective", by: "sheet-name" }],
    ["the title", list(plainHeader, persons, { title: "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN" }), { type: "individual", by: "title" }],
    ["a households title", list(plainHeader, persons, { title: "Danh sách hộ gia đình đề nghị khen thưởng" }), { type: "household", by: "title" }],
    ["the file's name", list(plainHeader, persons, { file: "DS_tap-the_2021.xlsx" }), { type: "collective", by: "file-name" }],
    ["a column only individuals have", list(["STT", "Họ và tên", "Giới tính", "Đơn vị đề nghị"], persons), { type: "individual", by: "columns" }],
    ["a name column only collectives have", list(["STT", "Tên đơn vị / tập thể", "Ghi chú", "Đơn vị đề nghị"], [[1, "Phòng Kế hoạch", null, "Sở Y tế"]]), { type: "collective", by: "columns" }],
  ])("%s", (_what, job, want) => {
    expect(told(job)).toEqual({ type: want, missing: [] });
  });

  it("a campaign that nominates one type only", () => {
    const one = campaign({ rules: [{ kind: "required", id: "req", fields: ["name", "nomineeType"] }, { kind: "allowed", id: "t", field: "nomineeType", values: ["individual"] }] });
    const r = check(one, [list(plainHeader, persons)]);
    expect(r.sheets[0]?.nomineeType).toEqual({ type: "individual", by: "campaign" });
    expect(r.findings).toEqual([]);
  });
});

describe("still unknown, so still said", () => {
  it.each([
    ["nothing tells it", list(plainHeader, persons)],
    ["a title naming two types", list(plainHeader, persons, { title: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG" })],
    ["a file name naming two types", list(plainHeader, persons, { file: "canhan_tapthe.xlsx" })],
    ["Giới tính, but a row named like a collective", list(["STT", "Họ và tên", "Giới tính", "Đơn vị đề nghị"], [...persons, [3, "Trường THCS Lê Lợi", null, "Sở Y tế"]])],
    ["“Họ và tên / Tên tập thể” (either)", list(["STT", "Họ và tên / Tên tập thể", "Giới tính", "Đơn vị đề nghị"], persons)],
  ])("%s", (_what, job) => {
    expect(told(job)).toEqual({ type: null, missing: [["nomineeType", "error"]] });
  });

  it("a nominee-type column wins over the title", () => {
    const job = list(["STT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị đề nghị"], [[1, "Phòng Kế hoạch", "Tập thể", "Sở Y tế"]], { title: "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG" });
    const r = check(c, [job]);
    expect(r.sheets[0]?.nomineeType).toBeUndefined();
    expect(r.findings).toEqual([]);
  });
});

describe("a rule conditioned on the nominee type uses the type told", () => {
  it("individual donors on a “DANH SÁCH CÁ NHÂN” sheet are held to the individual's mobilisation bar", () => {
    const kg = campaign({
      rules: [{ kind: "threshold", id: "donor", anyOf: [{ field: "mobilized", min: 150_000_000, when: { nomineeType: "individual" } }, { field: "mobilized", min: 400_000_000, when: { nomineeType: "collective" } }] }],
    });
    const rows = [[1, "Nguyễn Văn An", "Sở Y tế", 200_000_000], [2, "Trần Thị Bình", "Sở Y tế", 100_000_000]];
    const r = check(kg, [list(["STT", "Họ và tên", "Đơn vị đề nghị", "Giá trị vận động (đồng)"], rows, { title: "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG" })]);
    expect(r.findings.map((f) => [f.row, f.code, f.data["criteria"]])).toEqual([[5, "below-threshold", [{ field: "mobilized", min: 150_000_000, max: null }]]]);
  });
});
