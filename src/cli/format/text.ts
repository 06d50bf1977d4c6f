// --format text: what a clerk can act on — by file and sheet, each finding at its cell, then the quotas
import type { Finding, Lang, Report } from "../../engine/core.js";
import { columnNumber, SEVERITY_NAMES, STATUS_NAMES, SUMMARY_WORDS } from "../../engine/core.js";
import type { T } from "../i18n.js";

const width = (s: string) => [...s.normalize("NFC")].length;
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function table(rows: string[][]): string[] {
  const w: number[] = [];
  for (const r of rows) r.forEach((c, i) => (w[i] = Math.max(w[i] ?? 0, width(c))));
  return rows.map((r) => "  " + r.map((c, i) => (i === r.length - 1 ? c : pad(c, w[i]!))).join("  ").trimEnd());
}

function order(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || (a.column ? columnNumber(a.column) : 0) - (b.column ? columnNumber(b.column) : 0);
}

export function textReport(report: Report, t: T, lang: Lang, outputs: string[], groupLabel: (id: string) => string = (id) => id): string {
  const lines: string[] = [t("text.campaign", report.campaign), ""];
  const where = (file: string | undefined, sheet: string) => (file ? `${file} — ${sheet}` : sheet);
  const bySheet = new Map<string, Finding[]>();
  const key = (file: string | undefined, sheet: string) => `${file ?? ""}\u0000${sheet}`;
  for (const f of report.findings) {
    const k = key(f.file, f.sheet);
    const list = bySheet.get(k);
    if (list) list.push(f);
    else bySheet.set(k, [f]);
  }
  for (const s of report.sheets) {
    lines.push(
      // an empty list (a template with its header and no rows) says so, not "data rows 4–3"
      s.rows === 0
        ? t("text.emptySheet", { where: where(s.file, s.name), headerRow: s.headerRow })
        : t("text.sheet", { where: where(s.file, s.name), headerRow: s.headerRow, firstRow: s.firstRow, lastRow: s.lastRow, rows: s.rows, rowsText: t("n.rows", { count: s.rows }) }),
    );
    const list = (bySheet.get(key(s.file, s.name)) ?? []).sort(order);
    if (s.hiddenRows?.length) lines.push(`  ${hiddenLine(s.hiddenRows, list, t)}`);
    bySheet.delete(key(s.file, s.name));
    if (!list.length) lines.push(`  ${t("text.noFindings")}`);
    lines.push(
      ...table(
        list.map((f) => [
          f.cell ?? (f.row !== undefined ? t("text.row", { row: f.row }) : t("text.wholeSheet")),
          SEVERITY_NAMES[f.severity][lang],
          // a row's unit after its message; a unit's own finding names it already
          `${f.message} [${f.code}]${f.unit !== undefined && f.rows === undefined ? ` — ${f.unit}` : ""}`,
        ]),
      ),
    );
    lines.push("");
  }
  // findings on sheets that were not checked (none expected, but never drop one)
  for (const list of bySheet.values()) {
    const f0 = list[0]!;
    lines.push(where(f0.file, f0.sheet) + ":");
    lines.push(...table(list.map((f) => [f.cell ?? t("text.wholeSheet"), SEVERITY_NAMES[f.severity][lang], `${f.message} [${f.code}]`])));
    lines.push("");
  }
  if (report.history) {
    lines.push(t("text.historyTitle"));
    for (const h of report.history) {
      const w = where(h.file, h.sheet);
      if (h.problem) lines.push(`  ${t("text.historyProblem", { where: w, problem: t(`text.historyProblems.${h.problem}`) })}`);
      else lines.push(`  ${t("text.historySheet", { where: w, years: h.years.join(", "), from: h.yearFrom ? t(`text.historyFrom.${h.yearFrom}`) : "?", records: h.records })}`);
    }
    lines.push("");
  }
  // a file of the round that could not be read names itself in its message
  for (const p of report.problems) lines.push(p.sheet === "" ? t("text.problemFile", { message: p.message }) : t("text.problem", { where: where(p.file, p.sheet), message: p.message }));
  if (report.problems.length) lines.push("");
  const quota = report.units.filter((u) => u.status !== "no-quota");
  if (quota.length) {
    lines.push(t("text.unitsTitle"));
    const head = (["unit", "group", "counted", "exempt", "min", "max", "status"] as const).map((k) => SUMMARY_WORDS[lang].col[k]);
    const body = quota.map((u) => [u.unit, u.group === null ? "" : groupLabel(u.group), String(u.counted), String(u.exempt), String(u.min ?? ""), String(u.max ?? ""), STATUS_NAMES[u.status][lang]]);
    lines.push(...table([head, ...body]), "");
  }
  if (report.partial) lines.push(t("text.partial", { n: report.findings.length }));
  const n = report.totals;
  lines.push(
    t("text.totals", {
      ...n,
      rowsText: t("n.rows", { count: n.rows }),
      errorsText: t("n.errors", { count: n.errors }),
      warningsText: t("n.warnings", { count: n.warnings }),
    }),
  );
  // after the totals, apart from the findings: a hint never counts as one, nor changes the exit status
  for (const h of report.hints ?? []) lines.push(t("text.hint", { where: where(h.file, h.sheet), message: h.message, campaign: h.campaign }));
  for (const o of outputs) lines.push(t("text.written", { file: o }));
  return lines.join("\n") + "\n";
}

/** how many rows shown in the line about hidden rows before "…" */
const HIDDEN_SHOWN = 10;

/** nomination rows hidden in Excel are checked like the others; the clerk is told, with the findings on them */
function hiddenLine(hidden: readonly number[], findings: readonly Finding[], t: T): string {
  const set = new Set(hidden);
  const on = findings.filter((f) => f.row !== undefined && set.has(f.row)).length;
  const shown = hidden.slice(0, HIDDEN_SHOWN).join(", ") + (hidden.length > HIDDEN_SHOWN ? ", …" : "");
  return t("text.hiddenRows", { count: hidden.length, rows: shown, findingsText: t("n.findingsOn", { count: on }) });
}
