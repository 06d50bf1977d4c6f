// --out: a checked COPY of a workbook, findings filled and noted in place, plus the summary sheet
import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { buildSummarySheet, markNote, PALETTE, planMarks, type Campaign, type CellMark, type Lang, type Report } from "../engine/core.js";
import { WorkbookError } from "./errors.js";
import { PackageEditor } from "./ooxml/editor.js";
import type { OpenedWorkbook } from "./open.js";
import { addNotes } from "./write/notes.js";
import { restyleCells } from "./write/sheet-cells.js";
import { argb, StylesPatch } from "./write/styles.js";
import { summaryStyles } from "./write/summary.js";
import { summaryXml } from "./write/summary-xml.js";
import { putSheet, setPrintTitles, stylesPart } from "./write/workbook.js";

export interface CopyOptions {
  /** this workbook's name in the report (SheetInput.file) */
  label: string | undefined;
  /** every input of the run, for the summary's header */
  files: string[];
  /** the campaign checked: labels of fields, values and unit groups */
  campaign: Campaign;
  /** the summary's and the notes' language (the report's messages are in it already) */
  lang: Lang;
  checkedAt?: Date;
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

  // the engine's cell marks: fill by severity, the same note text as the add-in writes
  for (const [sheet, marks] of planMarks(report, o.label)) {
    const ref = opened.pkg.sheets.find((s) => s.name === sheet && s.kind === "worksheet");
    const xml = ref && ed.text(ref.part);
    if (!ref || xml === undefined) continue;
    const list = [...marks.values()];
    let next = restyleCells<CellMark>(xml, list, (old, m) => styles.withFill(old, m.severity));
    next = addNotes(ed, ref.part, next, list.map((m) => ({ row: m.row, col: m.col, text: markNote(m.messages, o.lang) })));
    ed.set(ref.part, next);
  }

  // the engine's summary table, rendered
  const table = buildSummarySheet(report, o.campaign, {
    lang: o.lang,
    file: o.label,
    files: o.files,
    checkedAt: o.checkedAt ?? new Date(),
    sheetNames: new Set(opened.pkg.sheets.map((s) => s.name)),
  });
  putSheet(ed, opened.pkg, table.name, summaryXml(table, summaryStyles(styles, table), argb(PALETTE.bar)));
  setPrintTitles(ed, opened.pkg, table.name, table.printTitleRow === null ? null : table.printTitleRow + 1);
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
