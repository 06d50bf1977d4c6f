// the nominee type of every row of a sheet that has no nominee-type column, when something else tells it:
// the sheet's name ("I. Cá nhân"), the list's title ("DANH SÁCH TẬP THỂ ĐỀ NGHỊ …"), the file's name
// (qb_CANHAN.xlsx), columns only individuals have (Giới tính, Ngày sinh) or a name column only collectives
// have ("Tên đơn vị / tập thể"), or a campaign that nominates one type only
import type { CompiledCampaign, Vocab } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { Layout, NomineeTypeSource } from "../types.js";
import { looksCollective } from "../yearly/nominee.js";
import type { Grid } from "./grid.js";
import type { SectionContext } from "./rows.js";

/** the vocabulary's words long enough to be told inside a title or a file name ("ca nhan", "tapthe", "ho gia dinh") */
function typesIn(voc: Vocab, norm: string): Set<string> {
  const padded = ` ${norm} `;
  const out = new Set<string>();
  for (const [k, id] of voc.prefixes) if (k.length >= 5 && padded.includes(` ${k} `)) out.add(id);
  return out;
}

const one = (ids: Set<string>): string | null => (ids.size === 1 ? ([...ids][0] as string) : null);

/** "DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG" above the header; a title naming two types tells nothing */
function fromTitle(voc: Vocab, grid: Grid, headerRow: number): string | null {
  const ids = new Set<string>();
  for (let r = grid.firstRow; r < headerRow; r++)
    for (let c = grid.colOffset; c <= grid.lastCol; c++) {
      const t = normalizeText(grid.text(r, c));
      if (t.includes("danh sach")) for (const id of typesIn(voc, t)) ids.add(id);
    }
  return one(ids);
}

/** qb_CANHAN.xlsx, "DS tap the.xlsx" */
function fromFileName(voc: Vocab, file: string | undefined): string | null {
  if (!file) return null;
  const base = (file.split(/[\\/]/).pop() ?? "").replace(/\.[a-z0-9]+$/i, "");
  return one(typesIn(voc, normalizeText(base.replace(/[_.\-+]+/g, " "))));
}

const PERSON_ONLY = /^(gioi tinh|nam nu|nam\/nu|nam, nu|ngay sinh|ngay thang nam sinh|nam sinh|dan toc|que quan|so cccd|so cmnd|cccd|cmnd)\b/;
const COLLECTIVE_NAME = /\b(tap the|ten don vi|ten co quan)\b/;
const PERSON_NAME = /\b(ca nhan|ho va ten|ho ten|ho gia dinh|chu ho)\b/;

/** columns only individuals have (and no row named like a collective), or a name column only for collectives */
function fromColumns(cc: CompiledCampaign, grid: Grid, layout: Layout, sample: readonly number[]): string | null {
  const nameHeader = normalizeText(layout.headers["name"] ?? "");
  if (nameHeader === "") return null;
  if (COLLECTIVE_NAME.test(nameHeader) && !PERSON_NAME.test(nameHeader)) return "collective";
  if (COLLECTIVE_NAME.test(nameHeader)) return null;
  let personal = (layout.columns["birthDate"] ?? 0) > 0;
  for (let c = grid.colOffset; c <= grid.lastCol && !personal; c++)
    for (let r = layout.headerRow; r < layout.headerRow + layout.headerRows && !personal; r++) if (PERSON_ONLY.test(normalizeText(grid.text(r, c)))) personal = true;
  if (!personal) return null;
  const nameCol = layout.columns["name"] ?? 0;
  for (const r of sample) if (looksCollective(grid.text(r, nameCol))) return null;
  return cc.vocab.get("nomineeType")?.entries.some((e) => e.id === "individual") ? "individual" : null;
}

/** a campaign whose every nomination is one type: an allowed rule on the nominee type with one value and no condition */
function fromCampaign(cc: CompiledCampaign): string | null {
  const only = cc.rules.flatMap((r) => (r.kind === "allowed" && r.field === "nomineeType" && !r.when && r.values?.length === 1 ? r.values : []));
  return one(new Set(only));
}

/** what tells every row's nominee type on a sheet without a nominee-type column; null when nothing does */
export function sheetNomineeType(
  cc: CompiledCampaign,
  grid: Grid,
  layout: Layout,
  sample: readonly number[],
  file: string | undefined,
  byName: SectionContext | null,
): (SectionContext & { by: NomineeTypeSource }) | null {
  const voc = cc.vocab.get("nomineeType");
  if (!voc) return null;
  const known = (id: string | null, by: NomineeTypeSource) => (id && voc.entries.some((e) => e.id === id) ? { values: { nomineeType: id }, by } : null);
  return (
    (byName?.values["nomineeType"] ? known(byName.values["nomineeType"], "sheet-name") : null) ??
    known(fromTitle(voc, grid, layout.headerRow), "title") ??
    known(fromFileName(voc, file), "file-name") ??
    known(fromColumns(cc, grid, layout, sample), "columns") ??
    known(fromCampaign(cc), "campaign")
  );
}
