// --out: a checked COPY of a workbook, findings filled and noted in place, plus the summary sheet
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Report } from "../engine/index.js";
import { WorkbookError } from "./errors.js";
import { PackageEditor } from "./ooxml/editor.js";
import type { OpenedWorkbook } from "./open.js";
import { marksFor, noteText, type Mark } from "./write/marks.js";
import { addNotes } from "./write/notes.js";
import { restyleCells } from "./write/sheet-cells.js";
import { StylesPatch } from "./write/styles.js";
import { SUMMARY_WIDTHS, summaryRows, type CellStyle, type Translate } from "./write/summary.js";
import { summaryXml } from "./write/summary-xml.js";
import { putSheet, stylesPart } from "./write/workbook.js";

export interface CopyOptions {
  /** this workbook's name in the report (SheetInput.file) */
  label: string | undefined;
  /** every input of the run, for the summary's header */
  files: string[];
  summaryName: string;
  t: Translate;
  checkedAt?: Date;
  groupLabel?: (id: string) => string;
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([realpath(a), realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** throws when out would overwrite one of the inputs */
export async function refuseInput(out: string, inputs: readonly string[]): Promise<void> {
  for (const i of inputs) if (await samePath(out, i)) throw new WorkbookError("out-is-input", out, { input: i });
}

export function buildCheckedCopy(opened: OpenedWorkbook, report: Report, o: CopyOptions): Buffer {
  const ed = new PackageEditor(opened.zip);
  const sPart = stylesPart(ed, opened.pkg);
  const styles = StylesPatch.open(ed.text(sPart));

  for (const [sheet, marks] of marksFor(report, o.label)) {
    const ref = opened.pkg.sheets.find((s) => s.name === sheet && s.kind === "worksheet");
    const xml = ref && ed.text(ref.part);
    if (!ref || xml === undefined) continue;
    const list = [...marks.values()];
    let next = restyleCells<Mark>(xml, list, (old, m) => styles.withFill(old, m.severity));
    next = addNotes(ed, ref.part, next, list.map((m) => ({ row: m.row, col: m.col, text: noteText(m) })));
    ed.set(ref.part, next);
  }

  const bold = styles.addFont({ bold: true });
  const big = styles.addFont({ bold: true, size: 14 });
  const link = styles.addFont({ underline: true, color: "FF0563C1" });
  const grey = styles.addFill("FFD9D9D9");
  const ids: Record<CellStyle, number> = {
    title: styles.addXf({ fontId: big }),
    label: styles.addXf({ fontId: bold }),
    header: styles.addXf({ fontId: bold, fillId: grey, wrap: true }),
    link: styles.addXf({ fontId: link }),
    wrap: styles.addXf({ wrap: true }),
    error: styles.withFill(0, "error"),
    warning: styles.withFill(0, "warning"),
    info: styles.withFill(0, "info"),
  };
  const rows = summaryRows({
    report,
    file: o.label,
    files: o.files,
    checkedAt: o.checkedAt ?? new Date(),
    t: o.t,
    sheetNames: new Set(opened.pkg.sheets.map((s) => s.name)),
    ...(o.groupLabel ? { groupLabel: o.groupLabel } : {}),
  });
  putSheet(ed, opened.pkg, o.summaryName, summaryXml(rows, (s) => ids[s], SUMMARY_WIDTHS));
  ed.set(sPart, styles.toString());
  return ed.toBuffer();
}

/** writes the copy next to its final place first, then renames it: no half-written file on failure */
export async function writeCheckedCopy(opened: OpenedWorkbook, report: Report, out: string, o: CopyOptions): Promise<void> {
  await refuseInput(out, [opened.file]);
  const data = buildCheckedCopy(opened, report, o);
  const tmp = resolve(dirname(out), `.~thidua-${process.pid}-${Date.now()}.xlsx`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, out);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
