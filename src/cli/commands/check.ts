// thidua check: read every workbook, check them as one pool, print, and write the highlighted copies
import { mkdir, rmdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Lang, ProblemReason, SheetJob } from "../../engine/core.js";
import { check, SUMMARY_WORDS } from "../../engine/core.js";
import { columnOverrides } from "../map.js";
import { WorkbookError } from "../../node/errors.js";
import { readWorkbook, type ReadResult } from "../../node/read.js";
import { readHistory } from "../../node/history.js";
import { refuseInput, writeCheckedCopy } from "../../node/write.js";
import { resolveCampaign } from "../campaign.js";
import { PRESETS } from "../../presets/index.js";
import { writeJsonReport } from "../format/json.js";
import { textReport } from "../format/text.js";
import type { T } from "../i18n.js";
import { expandInputs } from "../inputs.js";
import { CliError, writeError, type Io } from "../io.js";
import { workbookErrorLine } from "../messages.js";
import { progress } from "../progress.js";

export interface CheckOptions {
  campaign?: string;
  sheet?: string;
  out?: string;
  outDir?: string;
  format: "text" | "json";
  lang: Lang;
  /** --map field=COLUMN, as given */
  map?: string[];
  /** --unit: the proposing unit of every row of a file without such a column */
  unit?: string;
  /** past decisions or lists: files or folders */
  history?: string[];
  year?: string;
}

interface Target {
  read: ReadResult;
  label: string;
  out: string;
}

async function plannedOutputs(reads: { read: ReadResult; label: string }[], o: CheckOptions): Promise<Target[]> {
  if (o.out !== undefined && o.outDir !== undefined) throw new CliError("out-and-out-dir");
  if (o.out !== undefined) {
    if (reads.length > 1) throw new CliError("out-many", { n: reads.length });
    // the copy is an .xlsx workbook: under another name ("ket-qua.csv", "ket-qua") Excel would refuse or misread it
    if (!/\.xls[xm]$/i.test(o.out)) throw new CliError("out-not-xlsx", { file: o.out });
    return reads.map((r) => ({ ...r, out: o.out! }));
  }
  if (o.outDir === undefined) return [];
  const names = new Map<string, string>();
  for (const r of reads) {
    const name = basename(r.read.opened.file);
    if (names.has(name.toLowerCase())) throw new CliError("name-clash", { name, dir: o.outDir });
    names.set(name.toLowerCase(), r.label);
  }
  return reads.map((r) => ({ ...r, out: join(o.outDir!, basename(r.read.opened.file)) }));
}

/** --year: a four-digit year, never guessed from today's date */
function parseYear(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const y = Number(v.trim());
  if (!/^\d{4}$/.test(v.trim()) || y < 1990 || y > 2100) throw new CliError("bad-year", { value: v });
  return y;
}

export async function runCheck(paths: string[], o: CheckOptions, io: Io, t: T): Promise<number> {
  const campaign = await resolveCampaign(o.campaign, o.lang);
  if (o.out !== undefined && o.outDir !== undefined) throw new CliError("out-and-out-dir");
  columnOverrides(campaign, o.map ?? []); // bad --map: exit 2 before any file is read
  const year = parseYear(o.year);
  const inputs = await expandInputs(paths);
  const history = o.history?.length ? await readHistory(await expandInputs(o.history), [SUMMARY_WORDS.vi.sheetName, SUMMARY_WORDS.en.sheetName]) : undefined;
  const bar = progress(io);
  const reads: { read: ReadResult; label: string }[] = [];
  // in a round of several files one that cannot be read (damaged, not a workbook, .xls, empty …) is set aside:
  // the others are checked, it is listed in `problems` and named on stderr, and the run ends with 2
  const broken: { label: string; error: WorkbookError }[] = [];
  for (const input of inputs) {
    try {
      const read = await readWorkbook(input.path, {
        label: input.label,
        exclude: [SUMMARY_WORDS.vi.sheetName, SUMMARY_WORDS.en.sheetName],
        // one sheet checked: the workbook's other sheets are still read for their code tables (DANHMUC)
        ...(o.sheet !== undefined ? { sheet: o.sheet, othersForTables: true } : {}),
        keepSheets: o.out !== undefined || o.outDir !== undefined,
        onProgress: (sheet, done, total) => bar.show(t("text.reading", { file: input.label, sheet, done, total: total ?? "?" }), done, total),
      });
      reads.push({ read, label: input.label });
    } catch (e) {
      if (inputs.length === 1 || !(e instanceof WorkbookError) || e.code === "out-is-input") throw e;
      broken.push({ label: input.label, error: e });
    }
    const n = reads.length + broken.length;
    bar.files(t("text.readingFiles", { done: n, total: inputs.length }), n, inputs.length);
  }
  bar.clear();
  if (!reads.length) {
    if (broken.length === 1) throw broken[0]!.error;
    for (const b of broken) io.err(workbookErrorLine(b.error, t) + "\n");
    throw new CliError("no-readable", { n: broken.length });
  }
  const targets = await plannedOutputs(reads, o);
  const inputFiles = inputs.map((i) => i.path);
  for (const tg of targets) await refuseInput(tg.out, inputFiles);

  const columns = columnOverrides(campaign, o.map ?? []);
  const unit = o.unit?.trim();
  const sheets: SheetJob[] = reads.flatMap((r) =>
    r.read.sheets.map((s) => ({ ...s, ...(columns ? { layout: { columns } } : {}), ...(unit ? { unit } : {}) })),
  );
  const report = check(campaign, sheets, {
    lang: o.lang,
    ...(history ? { history } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(o.sheet !== undefined ? { lookupSheets: reads.flatMap((r) => r.read.others) } : {}),
    // the built-in campaigns, compared with each sheet only after its check (the wrong-campaign hint)
    hintCandidates: () => PRESETS,
    onProgress: (done, total) => bar.show(t("text.checking", { done, total }), done, total),
  });
  bar.clear();
  for (const b of broken)
    report.problems.push({ file: b.label, sheet: b.error.data["sheet"] ?? "", reason: problemReason(b.error), lookedFor: [], message: workbookErrorLine(b.error, t) });
  // a whole workbook with no recognisable sheet is bad input, not a clean result: alone, the run stops with its
  // line; in a round, the others are still checked and reported, the line goes to stderr and the run ends with 2
  const unlisted: CliError[] = [];
  for (const r of reads) {
    if (report.sheets.some((s) => s.file === r.label)) continue;
    const problems = report.problems.filter((p) => p.file === r.label);
    const e =
      problems.some((p) => p.reason === "not-a-list") && !problems.some((p) => p.reason === "no-header")
        ? new CliError("no-list", { file: r.label, sheets: problems.map((p) => p.sheet).join(", ") })
        : new CliError("no-header", {
            file: r.label,
            sheets: problems.map((p) => p.sheet).join(", "),
            lookedFor: [...new Set(problems.flatMap((p) => p.lookedFor))].join(", "),
          });
    if (reads.length === 1) throw e;
    unlisted.push(e);
  }

  const groupLabel = (id: string) => campaign.unitGroups.find((g) => g.id === id)?.label[o.lang] ?? id;
  const written: string[] = [];
  // the folder is made only when there is something to write in it, and taken away again if nothing was
  let made: string | undefined;
  if (targets.length && o.outDir !== undefined) {
    try {
      made = await mkdir(o.outDir, { recursive: true });
    } catch (e) {
      throw writeError(o.outDir, e);
    }
  }
  for (const tg of targets) {
    // a workbook of the round with no list gets no copy (nothing in it was checked)
    if (!report.sheets.some((s) => s.file === tg.label)) continue;
    try {
      await writeCheckedCopy(tg.read.opened, report, tg.out, {
        label: tg.label,
        files: reads.map((r) => r.label),
        campaign,
        lang: o.lang,
      });
    } catch (e) {
      if (made !== undefined && !written.length) await rmdir(made).catch(() => undefined);
      if (e instanceof WorkbookError) throw e;
      throw writeError(tg.out, e);
    }
    written.push(tg.out);
  }
  for (const b of broken) io.err(workbookErrorLine(b.error, t) + "\n");
  for (const e of unlisted) io.err(t(`err.${e.key}`, e.data) + "\n");
  if (o.format === "json") writeJsonReport(report, written, io.out);
  else io.out(textReport(report, t, o.lang, written, groupLabel));
  if (broken.length || unlisted.length) return 2;
  return report.totals.errors > 0 ? 1 : 0;
}

/** how a file set aside from a round is listed in `problems` */
function problemReason(e: WorkbookError): ProblemReason {
  if (e.code === "damaged" || e.code === "corrupt") return "damaged";
  if (e.code === "empty") return "empty";
  return "unreadable";
}
