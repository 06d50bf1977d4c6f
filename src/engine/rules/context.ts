// what every rule sees: the sheet being read, one row's values, the finding sink
import { compileCondition, type CompiledCampaign } from "../campaign/compile.js";
import type { Condition } from "../campaign/schema.js";
import type { Grid } from "../sheet/grid.js";
import type { FindingCode, Layout, MessageData, RowLocation, Severity, UnitSummary } from "../types.js";
import { serialToIso } from "../values/date.js";
import type { Parsed } from "../values/parse.js";
import type { FindingSink } from "../report/sink.js";
import type { RuleBase } from "./kind.js";
import type { History } from "../yearly/history.js";
import type { ColumnNeeds } from "./needs.js";

export interface SheetState {
  index: number;
  file?: string;
  name: string;
  grid: Grid;
  layout: Layout;
  /** field index -> 1-based column, 0 when the sheet has no such column */
  cols: number[];
  /** fields a rule can read here: a column, or section rows that set them */
  available: Set<string>;
  /** the proposing unit of every row when the sheet has no unit column (thidua check --unit) */
  unit?: string;
}

/** one row's values; the same object is refilled for every row, so a rule keeps copies, not it */
export interface RowData {
  sheet: SheetState;
  row: number;
  vals: Parsed[]; // by field index
}

export interface RuleRunner {
  rule: RuleBase;
  /** fields without which the rule cannot run on any row; missing ones give missing-column (the baseline's) */
  needs(sheet: SheetState): string[];
  /**
   * fields the rule reads only for some rows (a donor's money, a title's criteria): an absent one is an error
   * only when a row needed it (the rule calls ctx.needs.need for that row), else one info line at the sheet's end
   */
  mayNeed?(sheet: SheetState): string[];
  /** start: a sheet begins; work out what depends only on its columns */
  sheet?(sheet: SheetState): void;
  /** each row; called detached from the runner (no `this`): runners keep their state in closures */
  row?: (r: RowData) => void;
  /** end: group checks (quotas, duplicates) report here */
  end?(): void;
}

export interface Ctx {
  cc: CompiledCampaign;
  sink: FindingSink;
  /** the absent columns rows of the sheet being read needed (settled by the baseline at the sheet's end) */
  needs: ColumnNeeds;
  /** units counted by quota rules, for the report (every quota rule adds its own) */
  units: UnitSummary[];
  /** past decisions, when given (the yearly round's streaks read them) */
  history?: History | undefined;
  /** the assessed year forced by the user (--year) */
  year?: number | undefined;
}

/** one field's test in a rule's `when`; whether a value matches is worked out once per distinct value */
export interface Cond {
  field: number;
  any: boolean; // "*": any non-empty value
  values: Set<string>;
}

export function holds(conds: readonly Cond[], vals: Parsed[]): boolean {
  for (let i = 0; i < conds.length; i++) {
    const c = conds[i] as Cond;
    const p = vals[c.field];
    if (!p || p.empty) return false;
    if (!c.any && !((p.id !== null && c.values.has(p.id)) || c.values.has(p.norm))) return false;
  }
  return true;
}

/**
 * a result per value of one field, worked out once per distinct value: a value its column's cache numbered is
 * remembered by that number (slots count the values of one field, hence one field per memo), others worked
 * out each time
 */
export function perValue<T>(field: number, compute: (p: Parsed) => T): (vals: Parsed[]) => T {
  const memo: (T | undefined)[] = [];
  return (vals) => {
    const p = vals[field] as Parsed;
    if (p.slot < 0) return compute(p);
    let v = memo[p.slot];
    if (v === undefined) memo[p.slot] = v = compute(p);
    return v;
  };
}

export function compileWhen(ctx: Ctx, when: Condition | undefined): Cond[] {
  return compileCondition(ctx.cc, when).map(({ field, any, values }) => ({ field, any, values }));
}

/** the first of a rule's condition fields with a column here: its cell is why a row needs a column */
export function conditionCell(rule: RuleBase, sheet: SheetState, ctx: Ctx): string | undefined {
  return Object.keys(rule.when ?? {}).find((f) => (sheet.cols[ctx.cc.byId.get(f)?.index ?? -1] ?? 0) > 0);
}

/** the fields of `fields` a sheet can read (a column, section rows, the sheet's name) */
export function absent(sheet: SheetState, fields: readonly string[]): string[] {
  return fields.filter((f) => !sheet.available.has(f));
}

export function fieldIndex(ctx: Ctx, id: string): number {
  const f = ctx.cc.byId.get(id);
  if (!f) throw new Error(`unknown field ${id}`);
  return f.index;
}

/**
 * a value for a finding's data, language-neutral: the number for money, numbers and percentages, the day
 * as YYYY-MM-DD for a whole date, else the text as written (or the vocabulary id a section row set)
 */
export function dataValue(ctx: Ctx, fieldId: string, p: Parsed): string | number {
  const type = ctx.cc.byId.get(fieldId)?.type;
  if (p.num === null || p.bad) return p.text === "" && p.id !== null ? p.id : p.text;
  if (type === "date") return p.hi !== null && p.hi !== p.num ? p.text : serialToIso(p.num);
  return p.num;
}

export interface Emit {
  code: FindingCode;
  severity?: Severity | undefined;
  sheet: SheetState;
  row?: number;
  field?: string;
  /** the field whose cell the finding is on, when not `field`'s (a missing column: the cell that made the row need it) */
  cellField?: string | undefined;
  /** the message template, when not the code's own (a variant of it, report/format.ts) */
  messageId?: string;
  unit?: string;
  rows?: number[];
  /** where each of `rows` is, when they span several sheets or files */
  locations?: RowLocation[];
  /** language-neutral: ids, numbers, ISO dates, text as written (rendered by report/format.ts) */
  data: MessageData;
}
