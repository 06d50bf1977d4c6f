// the engine's own value and result types; edges convert into and out of these
import type { FindingCode } from "./rules/registry.js";
import type { Campaign } from "./campaign/schema.js";

export type { FindingCode };

/** one cell as the rules see it; dates arrive as Excel serial numbers */
export type CellValue = null | string | number | boolean | CellError;
export interface CellError {
  error: string; // e.g. "#N/A"
}

export interface MergedArea {
  // 1-based worksheet coordinates, inclusive
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** a worksheet's cells as the edges read them */
export interface SheetInput {
  file?: string;
  name: string;
  /** physical rows; rows[i][j] is worksheet row rowOffset+i, column colOffset+j */
  rows: CellValue[][];
  rowOffset?: number; // default 1
  colOffset?: number; // default 1
  merges?: MergedArea[];
  /** worksheet rows hidden in Excel (row height zero / hidden): still checked, and said so in the report */
  hiddenRows?: readonly number[];
}

export type Severity = "error" | "warning" | "info";
export type Lang = "vi" | "en";
export type Localized = { vi: string; en: string };

/** a value in a finding's data: language-neutral (ids, numbers, ISO dates, text as written) */
export type DataValue = string | number | boolean | null | DataValue[] | { [key: string]: DataValue };
export type MessageData = Record<string, DataValue>;

/** one criterion of a threshold (or eligibility) test, as findings carry it: null where there is no bound */
export interface Criterion {
  [key: string]: DataValue;
  field: string;
  min: number | null;
  max: number | null;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  rule: string;
  file?: string;
  sheet: string;
  row?: number;
  column?: string;
  cell?: string;
  field?: string;
  unit?: string;
  rows?: number[];
  /** file, sheet and row of each of `rows`, when they span several sheets or files (a pooled check) */
  locations?: RowLocation[];
  /** rendered in the report's language from messageId + data (report/format.ts) */
  message: string;
  /** the template: the code's own, or the rule's `message` when the rule file gives one */
  messageId: string;
  data: MessageData;
}

export interface RowLocation {
  file?: string;
  sheet: string;
  row: number;
}

/** how a field's column was decided: by its header, by its values, or by the user */
export type MappedBy = "header" | "content" | "user";

/** what told every row's nominee type on a sheet without a nominee-type column */
export type NomineeTypeSource = "sheet-name" | "title" | "file-name" | "columns" | "campaign";

/** a field read through a code table in another sheet of the workbook (columns 1-based) */
export interface LookupRef {
  sheet: string;
  codeColumn: number;
  nameColumn: number;
  /** how many codes the table explains */
  codes: number;
}

/** where the fields are on a sheet; column numbers are 1-based */
export interface Layout {
  headerRow: number; // top header row (of headerRows); data starts below the last one
  headerRows: number; // 1 or 2
  firstRow: number;
  lastRow: number;
  columns: Record<string, number>;
  headers: Record<string, string>; // field -> header text as found
  /** field -> how its column was decided */
  mappedBy?: Record<string, MappedBy>;
  /** fields whose values are codes read through a table of the workbook */
  lookups?: Record<string, LookupRef>;
}

export interface SheetReport {
  file?: string;
  name: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Record<string, string>; // field -> column letter
  /** field -> how its column was decided */
  mappedBy?: Record<string, MappedBy>;
  /** fields read through a code table: its sheet and the code and name column letters */
  lookups?: Record<string, { sheet: string; codeColumn: string; nameColumn: string; codes: number }>;
  /** the nominee type of every row, when the sheet has no nominee-type column and something else tells it */
  nomineeType?: { type: string; by: NomineeTypeSource };
  rows: number;
  /** nomination rows that are hidden in the workbook (checked like the others; an appraiser may not see them) */
  hiddenRows?: number[];
}

export type UnitStatus = "ok" | "over" | "under" | "exempt" | "no-quota";

export interface UnitSummary {
  unit: string;
  group: string | null;
  counted: number;
  exempt: number;
  min: number | null;
  max: number | null;
  status: UnitStatus;
  rows: number[];
  file?: string;
  sheet?: string;
}

export interface Report {
  campaign: { id: string; name: string };
  sheets: SheetReport[];
  findings: Finding[];
  units: UnitSummary[];
  codes: Partial<Record<FindingCode, number>>;
  awardForms: { form: string; label: string; count: number }[];
  totals: { rows: number; errors: number; warnings: number; infos: number; findings: number };
  /** sheets that could not be checked (empty, no recognisable header) */
  problems: SheetProblem[];
  /** true when the finding limit cut the list short */
  partial: boolean;
  /** the history sheets read (when a history was given) */
  history?: HistorySheetReport[];
  /** what the check noticed beside the rules, e.g. a list that seems to belong to another campaign; never an error */
  hints?: Hint[];
}

/** a remark on a sheet that is no finding and never changes the outcome (the exit status, the counts) */
export interface Hint {
  file?: string;
  sheet: string;
  /** the campaign the sheet seems to belong to (a preset id) */
  campaign: string;
  /** rendered in the report's language from messageId + data (report/hint.ts) */
  message: string;
  /** "wrong-campaign" */
  messageId: string;
  data: MessageData;
}

/** the campaigns a sheet may fit better (the built-in presets), or a function giving them when first needed */
export type HintCandidates = readonly Campaign[] | (() => readonly Campaign[]);

/** why a sheet was not checked: nothing in it, no header row, or a sheet that is no nomination list */
/** unreadable: a file of a round that is not a workbook we can read (.xls, CSV, encrypted, missing …) */
export type ProblemReason = "empty" | "no-header" | "not-a-list" | "damaged" | "unreadable";

export interface SheetProblem {
  file?: string;
  sheet: string;
  reason: ProblemReason;
  /** header labels looked for, in the report language */
  lookedFor: string[];
  message: string;
}

/** the user's corrections to a detected layout */
export interface LayoutOverride {
  headerRow?: number;
  headerRows?: 1 | 2;
  /** field id -> 1-based column number; 0 removes a detected mapping */
  columns?: Record<string, number>;
}

export type LayoutResult =
  | { ok: true; layout: Layout }
  | { ok: false; reason: ProblemReason; lookedFor: string[] };

export interface SheetJob extends SheetInput {
  layout?: LayoutOverride;
  /** the proposing unit of every row, for a sheet with no proposing-unit column (one unit sends the file) */
  unit?: string;
}

export interface CheckOptions {
  lang?: Lang; // default "vi"
  /** stop collecting findings past this many; the report is then partial (default 200,000) */
  maxFindings?: number;
  /** decode text that looks like legacy TCVN3 (an edge without font names; the Node edge decodes by font while reading) */
  guessLegacy?: boolean;
  onProgress?: (doneRows: number, totalRows: number) => void;
  /** past award decisions or lists (other sheets or files): who received which title in which year */
  history?: readonly SheetInput[];
  /** other sheets of the checked workbooks, read only for the code tables they hold (DANHMUC, a hidden HTKT), never
   * checked: the add-in reads one sheet and gives the workbook's others here */
  lookupSheets?: readonly SheetInput[];
  /** the assessed year, overriding what the lists say (--year) */
  year?: number;
  /** campaigns to compare each sheet with, for the wrong-campaign hint; none given: no hints */
  hintCandidates?: HintCandidates;
}

/** one history sheet as it was read: the years it tells about, how many nominees */
export interface HistorySheetReport {
  file?: string;
  sheet: string;
  years: number[];
  /** where the year came from: a column, the sheet's title, the file name */
  yearFrom: "column" | "title" | "file" | "rating-header" | "option" | null;
  records: number;
  problem?: "no-header" | "no-year" | "empty";
}
