// the summary sheet as data (sections, rows, cells with style tokens and links, print layout): the Node
// writer and the add-in render exactly this, nothing of their own
import type { Campaign } from "../campaign/schema.js";
import type { CompiledCampaign } from "../campaign/compile.js";
import { compiledFor } from "../sheet/layout.js";
import { cellAddress, quoteSheet } from "../sheet/address.js";
import type { Finding, Lang, Report } from "../types.js";
import { CODE_NAMES, renderTemplate } from "./messages.js";
import { SEVERITY_NAMES, STATUS_NAMES, SUMMARY_WORDS } from "./locale.js";
import { STATUS_STYLE, type StyleToken } from "./style.js";
import { toSerial } from "../values/date.js";
import { duplicateSets } from "./duplicates.js";

export interface SummaryCell {
  /** text is always written as text, never read as a formula; numbers stay numbers */
  v: string | number | null;
  style: StyleToken;
  /** an internal hyperlink, e.g. 'Danh sách'!H112 */
  link?: string;
}

/** a rectangle of the sheet, 0-based rows and columns, inclusive */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SummaryTable {
  name: string;
  /** every row padded to `width` cells */
  rows: SummaryCell[][];
  width: number;
  /** column widths in characters, sized to content */
  widths: number[];
  /** row heights in points, for rows whose wrapped text needs more than one line (others: default) */
  heights: Map<number, number>;
  /** rows above this stay in view (frozen panes under the heading) */
  freezeRows: number;
  /** the findings table's header row: repeated on every printed page; its table has the AutoFilter */
  printTitleRow: number | null;
  filter: Area | null;
  /** bordered tables */
  tables: Area[];
  /** quota use per unit (counted / max), drawn as data bars from 0 to 100% */
  dataBars: Area[];
}

export interface SummaryOptions {
  lang: Lang;
  /** the file this copy is made from (its label in the report); links go only to its own sheets */
  file?: string | undefined;
  /** every input of the run, for the heading */
  files: readonly string[];
  checkedAt: Date;
  /** the sheets of this workbook, so that a link never points nowhere */
  sheetNames: ReadonlySet<string>;
}

/** Excel allows about 65,000 hyperlinks on a sheet */
export const MAX_LINKS = 65_000;
const MAX_TEXT = 32_767;
const WIDTH = 8;
const MESSAGE_WIDTH = 60; // the message column wraps at this many characters
const COLUMN_WIDTH = 32; // other columns at most this wide; longer text wraps
const LINE_HEIGHT = 15;
const SHOWN_REPEATS = 5;
/** hidden rows named in the sheets table before "…" */
const SHOWN_HIDDEN = 10;
const HINT_LINE = 100; // characters per line of a hint in the heading block (A4 landscape, columns B–H)

/** a text cut at spaces into lines of at most `max` characters (a longer word stands alone) */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
/** a listing as the summary names it: "file, sheet, dòng 12" */
const where = (file: string | undefined, sheet: string, row: number, word: string) => `${file ? `${file}, ` : ""}${sheet}, ${word} ${row}`;

const cell = (v: string | number | null | undefined, style: StyleToken = "text", link?: string): SummaryCell => {
  const s = v === undefined ? null : typeof v === "string" && v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
  return link ? { v: s, style, link } : { v: s, style };
};
const num = (v: number | null) => (v === null ? cell(null, "number") : cell(v, "number"));

/** a JS date as an Excel serial with the time of day (local time, as the clerk's clock shows it) */
function dateSerial(d: Date): number {
  const day = toSerial(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
  return day + (d.getHours() * 60 + d.getMinutes()) / 1440;
}

/** the campaign gives unit-group labels and the campaign's name in `lang`; without it the report's own are shown */
export function buildSummarySheet(report: Report, campaign: Campaign | CompiledCampaign | undefined, o: SummaryOptions): SummaryTable {
  const cc = campaign === undefined ? undefined : "byId" in campaign ? campaign : compiledFor(campaign);
  const w = SUMMARY_WORDS[o.lang];
  const rows: SummaryCell[][] = [];
  const tables: Area[] = [];
  const dataBars: Area[] = [];
  const add = (cells: SummaryCell[]) => rows.push(cells) - 1;
  const section = (title: string) => {
    add([]);
    add([cell(title, "section")]);
  };
  /** a header row, then body rows; the whole rectangle bordered */
  const table = (head: [string, boolean][], body: SummaryCell[][], empty: string): { header: number; last: number } => {
    const header = add(head.map(([k, right]) => cell(k, right ? "headerNumber" : "header")));
    if (body.length === 0) add([cell(empty)]);
    for (const r of body) add(r);
    const last = rows.length - 1;
    tables.push({ top: header, left: 0, bottom: last, right: head.length - 1 });
    return { header, last };
  };

  // heading
  add([cell(w.title, "title")]);
  const freezeRows = rows.length;
  add([cell(w.campaign, "label"), cell(`${cc?.campaign.name[o.lang] ?? report.campaign.name} (${report.campaign.id})`)]);
  add([cell(w.files, "label"), cell(o.files.join(", "))]);
  add([cell(w.checkedAt, "label"), cell(dateSerial(o.checkedAt), "date")]);
  add([cell(w.rows, "label"), num(report.totals.rows)]);
  add([cell(w.errors, "label"), cell(report.totals.errors, report.totals.errors ? "errorNumber" : "number")]);
  add([cell(w.warnings, "label"), cell(report.totals.warnings, report.totals.warnings ? "warningNumber" : "number")]);
  add([cell(w.infos, "label"), num(report.totals.infos)]);
  if (report.partial) add([cell(w.partial, "warning")]);
  // hints under the totals, apart from the findings: a label, then the message in lines that run over the
  // empty cells beside them (the heading block sizes no column, so a long text neither widens nor wraps one)
  for (const h of report.hints ?? []) {
    const place = `${h.file ? `${h.file} — ` : ""}${h.sheet}`;
    wrapWords(`${place}: ${h.message}`, HINT_LINE).forEach((line, i) => add([i === 0 ? cell(w.hint, "label") : cell(null), cell(line, "info")]));
  }

  section(w.sheetsTitle);
  // rows hidden in Excel get a column of their own, only when some sheet has them
  const hidden = report.sheets.some((s) => s.hiddenRows?.length);
  const hiddenCell = (s: (typeof report.sheets)[number]) => cell(s.hiddenRows?.length ? renderTemplate(w.hiddenRows, { n: s.hiddenRows.length, rows: s.hiddenRows.slice(0, SHOWN_HIDDEN).join(", ") + (s.hiddenRows.length > SHOWN_HIDDEN ? ", …" : "") }) : "", "wrap");
  table(
    [[w.col.file, false], [w.col.sheet, false], [w.col.headerRow, true], [w.col.firstRow, true], [w.col.lastRow, true], [w.col.rows, true], ...(hidden ? [[w.col.hidden, false] as [string, boolean]] : [])],
    [
      ...report.sheets.map((s) => [cell(s.file ?? ""), cell(s.name), num(s.headerRow), num(s.firstRow), num(s.lastRow), num(s.rows), ...(hidden ? [hiddenCell(s)] : [])]),
      ...report.problems.map((p) => [cell(p.file ?? ""), cell(p.sheet), cell(p.message, "warning")]),
    ],
    w.none,
  );

  section(w.unitsTitle);
  const units = table(
    [
      [w.col.unit, false], [w.col.group, false], [w.col.counted, true], [w.col.exempt, true],
      [w.col.min, true], [w.col.max, true], [w.col.use, true], [w.col.status, false],
    ],
    report.units.map((u) => [
      cell(u.unit),
      cell(u.group === null ? "" : (cc?.groups.find((g) => g.id === u.group)?.label[o.lang] ?? u.group)),
      num(u.counted),
      num(u.exempt),
      num(u.min),
      num(u.max),
      u.max ? cell(u.counted / u.max, "percent") : cell(null, "percent"),
      cell(STATUS_NAMES[u.status][o.lang], STATUS_STYLE[u.status]),
    ]),
    w.none,
  );
  if (report.units.length) dataBars.push({ top: units.header + 1, left: 6, bottom: units.last, right: 6 });

  section(w.codesTitle);
  const codes = Object.entries(report.codes).filter(([, n]) => n) as [Finding["code"], number][];
  table([[w.col.kind, false], [w.col.code, false], [w.col.count, true]], codes.map(([c, n]) => [cell(CODE_NAMES[c]?.[o.lang] ?? c), cell(c), num(n)]), w.none);

  section(w.formsTitle);
  table([[w.col.form, false], [w.col.count, true]], report.awardForms.map((f) => [cell(f.label), num(f.count)]), w.none);

  // in a round of many files each copy lists what concerns it: its own findings and the pooled ones that count
  // a row of it (quotas, duplicates across files); the heading's totals stay the round's. Listing every file's
  // findings in every copy made a round of k files write k² rows.
  const own = o.file !== undefined && o.files.length > 1 ? (f: Finding) => f.file === o.file || (f.locations?.some((l) => l.file === o.file) ?? false) : null;
  const listed = own ? report.findings.filter(own) : report.findings;
  const repeated = duplicateSets(report.findings).filter((d) => !own || d.first.file === o.file || d.later.some(own));
  if (repeated.length) {
    section(w.duplicatesTitle);
    table(
      [[w.col.name, false], [w.col.unit, false], [w.col.first, false], [w.col.times, true], [w.col.others, false]],
      repeated.map((d) => {
        const shown = d.later.slice(0, SHOWN_REPEATS).map((f) => where(f.file, f.sheet, f.row ?? 0, w.row)).join("; ");
        const more = d.later.length > SHOWN_REPEATS ? ` ${renderTemplate(w.more, { n: d.later.length - SHOWN_REPEATS })}` : "";
        return [cell(d.name), cell(d.unit), cell(where(d.first.file, d.first.sheet, d.first.row, w.row)), num(d.later.length + 1), cell(shown + more, "wrap")];
      }),
      w.none,
    );
  }

  section(w.findingsTitle);
  let links = 0;
  const findings = table(
    [[w.col.severity, false], [w.col.code, false], [w.col.file, false], [w.col.sheet, false], [w.col.cell, false], [w.col.unit, false], [w.col.rule, false], [w.col.message, false]],
    listed.map((f) => {
      const where = f.cell ?? (f.row !== undefined ? `${w.row} ${f.row}` : "");
      const target = f.cell ?? (f.row !== undefined ? cellAddress(f.row, 1) : undefined);
      const own = f.file === o.file && o.sheetNames.has(f.sheet);
      const link = own && target && links < MAX_LINKS ? `${quoteSheet(f.sheet)}!${target}` : undefined;
      if (link) links++;
      return [
        cell(SEVERITY_NAMES[f.severity][o.lang], f.severity),
        cell(f.code),
        cell(f.file ?? ""),
        cell(f.sheet),
        cell(where, link ? "link" : "text", link),
        cell(f.unit ?? ""),
        cell(f.rule),
        cell(f.message, "wrap"),
      ];
    }),
    w.noFindings,
  );
  const filter = listed.length ? { top: findings.header, left: 0, bottom: findings.last, right: 7 } : null;
  if (listed.length < report.findings.length) add([cell(renderTemplate(w.elsewhere, { n: report.findings.length - listed.length }), "wrap")]);

  // closing block: who checked, the date, a place to sign
  const d = o.checkedAt;
  const p2 = (n: number) => String(n).padStart(2, "0");
  add([]);
  add([null, null, null, null, cell(renderTemplate(w.dateLine, { d: p2(d.getDate()), m: p2(d.getMonth() + 1), y: d.getFullYear() }), "signature")].map((c) => c ?? cell(null)));
  add([null, null, null, null, cell(w.checker, "signer")].map((c) => c ?? cell(null)));
  add([null, null, null, null, cell(w.signHint, "signature")].map((c) => c ?? cell(null)));

  const inTable = (i: number, j: number) => tables.some((a) => i >= a.top && i <= a.bottom && j >= a.left && j <= a.right);
  const padded = rows.map((r, i) => {
    const out = r.slice(0, WIDTH).map((c, j) =>
      // long plain text in a table wraps inside its column instead of widening it (file paths, unit names)
      c.style === "text" && typeof c.v === "string" && c.v.length > COLUMN_WIDTH && inTable(i, j) ? { ...c, style: "wrap" as const } : c,
    );
    while (out.length < WIDTH) out.push(cell(null));
    return out;
  });
  const { widths, heights } = layout(padded, (i) => tables.some((a) => i >= a.top && i <= a.bottom));
  return {
    name: w.sheetName,
    rows: padded,
    width: WIDTH,
    widths,
    heights,
    freezeRows,
    printTitleRow: filter ? findings.header : null,
    filter,
    tables,
    dataBars,
  };
}

/** column widths from the longest text (the message column wraps), and row heights for wrapped text */
function layout(rows: SummaryCell[][], tabled: (row: number) => boolean): { widths: number[]; heights: Map<number, number> } {
  const widths = Array.from({ length: WIDTH }, () => 8);
  rows.forEach((r, i) => {
    if (!tabled(i)) return; // the heading block and section titles run over the empty cells beside them
    r.forEach((c, j) => {
      if (c.v === null || c.style === "section" || c.style === "signature" || c.style === "signer") return;
      const len = c.style === "date" ? 16 : typeof c.v === "number" ? c.v.toLocaleString("en").length + 1 : c.v.length;
      const cap = c.style === "wrap" && j === WIDTH - 1 ? MESSAGE_WIDTH : c.style === "header" || c.style === "headerNumber" ? 16 : COLUMN_WIDTH;
      widths[j] = Math.max(widths[j] as number, Math.min(cap, len + 2));
    });
  });
  const heights = new Map<number, number>();
  rows.forEach((r, i) => {
    let lines = 1;
    r.forEach((c, j) => {
      if (typeof c.v !== "string" || (c.style !== "wrap" && c.style !== "header" && c.style !== "headerNumber")) return;
      const per = Math.max(1, (widths[j] as number) - 2);
      lines = Math.max(lines, c.v.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / per)), 0));
    });
    if (lines > 1) heights.set(i, lines * LINE_HEIGHT);
  });
  return { widths, heights };
}
