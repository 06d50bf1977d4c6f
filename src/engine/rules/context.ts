// what every rule sees: the sheet being read, one row's values, the finding sink
import { compileCondition, type CompiledCampaign } from "../campaign/compile.js";
import type { Condition, Rule } from "../campaign/schema.js";
import type { Grid } from "../sheet/grid.js";
import type { FindingCode, Lang, Layout, MessageData, RowLocation, Severity } from "../types.js";
import type { Parsed } from "../values/parse.js";
import type { FindingSink } from "../report/sink.js";
import { formatMoney, formatNumber } from "../report/messages.js";
import { formatSerial } from "../values/date.js";
import { ValueMemo } from "./memo.js";

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
}

/** one row's values; the same object is refilled for every row, so a rule keeps copies, not it */
export interface RowData {
  sheet: SheetState;
  row: number;
  vals: Parsed[]; // by field index
}

export interface RuleRunner {
  rule: Rule;
  /** fields without which the rule cannot run; missing ones give missing-column */
  needs(sheet: SheetState): string[];
  /** a sheet starts: work out what depends only on its columns */
  sheet?(sheet: SheetState): void;
  /** called detached from the runner (no `this`): runners keep their state in closures */
  row?: (r: RowData) => void;
  end?(): void;
}

export interface Ctx {
  cc: CompiledCampaign;
  lang: Lang;
  sink: FindingSink;
}

/** one field's test in a rule's `when`; whether a value matches is worked out once per distinct value */
export interface Cond {
  field: number;
  any: boolean; // "*": any non-empty value
  matches: ValueMemo<boolean>;
}

export function holds(conds: readonly Cond[], vals: Parsed[]): boolean {
  for (let i = 0; i < conds.length; i++) {
    const c = conds[i] as Cond;
    const p = vals[c.field];
    if (!p || p.empty) return false;
    if (!c.any && !c.matches.get(p)) return false;
  }
  return true;
}

export function compileWhen(ctx: Ctx, when: Condition | undefined): Cond[] {
  return compileCondition(ctx.cc, when).map(({ field, any, values }) => ({
    field,
    any,
    matches: new ValueMemo((p) => (p.id !== null && values.has(p.id)) || values.has(p.norm)),
  }));
}

export function fieldIndex(ctx: Ctx, id: string): number {
  const f = ctx.cc.byId.get(id);
  if (!f) throw new Error(`unknown field ${id}`);
  return f.index;
}

/** a value as shown in messages, by the field's type */
export function showValue(ctx: Ctx, fieldId: string, p: Parsed): string {
  const type = ctx.cc.byId.get(fieldId)?.type;
  if (p.num === null || p.bad) return p.text;
  if (type === "money") return formatMoney(p.num, ctx.lang);
  if (type === "date") return p.hi !== null && p.hi !== p.num ? p.text : formatSerial(p.num, ctx.lang);
  if (type === "percent") return `${formatNumber(p.num, ctx.lang)}%`;
  return formatNumber(p.num, ctx.lang);
}

export function showLimit(ctx: Ctx, fieldId: string, n: number): string {
  const type = ctx.cc.byId.get(fieldId)?.type;
  if (type === "money") return formatMoney(n, ctx.lang);
  if (type === "percent") return `${formatNumber(n, ctx.lang)}%`;
  return formatNumber(n, ctx.lang);
}

export interface Emit {
  code: FindingCode;
  severity?: Severity | undefined;
  sheet: SheetState;
  row?: number;
  field?: string;
  unit?: string;
  rows?: number[];
  /** where each of `rows` is, when they span several sheets or files */
  locations?: RowLocation[];
  data: MessageData;
}
