// small campaigns and sheets for table tests
import { check, parseCampaign, type Campaign, type CampaignInput, type CellValue, type CheckOptions, type Finding, type SheetJob } from "../../src/engine/index.js";

export function campaign(partial: Partial<CampaignInput> & Pick<CampaignInput, "rules">): Campaign {
  const r = parseCampaign({ id: "test", name: { vi: "Thử", en: "Test" }, plan: { title: "Kế hoạch thử" }, ...partial });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.campaign;
}

export const HEADER = ["STT", "Họ và tên", "Cá nhân/Tập thể", "Đơn vị đề nghị", "Hình thức khen thưởng", "Loại khen thưởng", "Giá trị đóng góp (đồng)", "Giá trị vận động (đồng)", "Ngày lập thành tích", "Ngày đăng ký thi đua", "Khối"];

export type Row = Partial<Record<"name" | "type" | "unit" | "form" | "kind" | "contribution" | "mobilized" | "date" | "reg" | "group", CellValue>>;

/** a sheet with the header on row 1 and data from row 2 */
export function sheet(rows: Row[], name = "DS", file?: string): SheetJob {
  return {
    name,
    ...(file !== undefined ? { file } : {}),
    rows: [
      HEADER,
      ...rows.map((r, i) => [i + 1, or(r.name, `Người ${i + 1}`), or(r.type, "Cá nhân"), or(r.unit, "Sở Y tế"), r.form ?? null, r.kind ?? null, r.contribution ?? null, r.mobilized ?? null, r.date ?? null, r.reg ?? null, r.group ?? null]),
    ],
  };
}

/** a default only when the test did not set the cell (null means an empty cell) */
function or(v: CellValue | undefined, d: CellValue): CellValue {
  return v === undefined ? d : v;
}

export type Tuple = [row: number | null, field: string | null, code: string, rule: string];

export function tuples(findings: Finding[]): Tuple[] {
  return findings.map((f) => [f.row ?? null, f.field ?? null, f.code, f.rule]);
}

export function run(c: Campaign, rows: Row[], opts?: CheckOptions): Tuple[] {
  return tuples(check(c, [sheet(rows)], opts).findings);
}
