// the baseline check (frictionless's `baseline`): structure and type errors that belong to no campaign rule.
// missing-column at the start of a sheet (a column some rule needs is absent), invalid-value on each row
// (a value that cannot be read as its field's type). It runs before the rules, on every sheet.
import type { Severity } from "../types.js";
import type { Parsed } from "../values/parse.js";
import type { Ctx, RowData, RuleRunner, SheetState } from "./context.js";
import type { CodeMeta } from "./kind.js";

/** field types whose unreadable values are invalid-value (free text and choices are never unreadable) */
export const TYPED_FIELDS: ReadonlySet<string> = new Set(["money", "date", "number", "percent", "nomineeType"]);

/** the rule id invalid-value findings carry (as before the baseline existed) */
export const VALUE_TYPE_RULE = "value-type";

export const baselineCodes = {
  "missing-column": {
    severity: "error",
    scope: "sheet",
    name: { vi: "Thiếu cột", en: "Missing column" },
    message: {
      vi: "Không tìm thấy cột “{{field}}” (đã tìm tiêu đề: {{headers}}); không kiểm tra được quy tắc {{rules}}.",
      en: "Column “{{field}}” not found (looked for headers: {{headers}}); rule(s) {{rules}} could not be checked.",
    },
  },
  "invalid-value": {
    severity: "error",
    scope: "cell",
    name: { vi: "Giá trị không đọc được", en: "Unreadable value" },
    message: {
      vi: "Không đọc được {{field}}: “{{value}}” không phải {{type}} hợp lệ.",
      en: "Cannot read {{field}}: “{{value}}” is not a valid {{type}}.",
    },
  },
} as const satisfies Record<string, CodeMeta>;

/** variants of missing-column's message (messageId), by whether rows of the sheet needed the column */
export const missingColumnVariants = {
  "missing-column-rows": {
    vi: "Không tìm thấy cột {{fields}} (đã tìm tiêu đề: {{headers}}); {{needed}} dòng cần cột này theo quy tắc {{rules}} nên chưa kiểm tra được.",
    en: "Column {{fields}} not found (looked for headers: {{headers}}); {{needed}} row(s) need it under rule(s) {{rules}} and could not be checked.",
  },
  "missing-column-unneeded": {
    vi: "Không có cột {{absent}}; không dòng nào của danh sách cần đến nên không phải lỗi (quy tắc {{rules}}).",
    en: "No column {{absent}}; no row of the list needs it, so this is not an error (rule(s) {{rules}}).",
  },
} as const;

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface Baseline {
  /** start of a sheet: notes the missing columns, returns the runners that can run here; `lookups`: field -> its code table */
  start(sheet: SheetState, runners: readonly RuleRunner[], lookups?: ReadonlyMap<string, { sheet: string }>): RuleRunner[];
  /** each row: unreadable values of typed fields (and formula errors in any field read) */
  row(r: RowData): void;
  /** end of a sheet of `rows` nominations: missing-column, an error where rows needed the column, else one info line */
  finish(sheet: SheetState, rows: number): void;
}

export function createBaseline(ctx: Ctx): Baseline {
  /** the fields with a column here; `table`: the code table a column's codes are read through */
  let read: { id: string; index: number; type: string; table: string | null }[] = [];
  /** fields a rule needs on every row, absent here (the rule does not run) */
  let missing = new Map<string, { rules: string[]; severity: Severity }>();
  /** fields active rules read only for some rows, absent here: field -> the rules */
  let maybe = new Map<string, string[]>();
  const headersOf = (field: string) => (ctx.cc.byId.get(field)?.headers ?? []).slice(0, 4);
  return {
    start(sheet, runners, lookups) {
      ctx.needs.begin(sheet);
      read = ctx.cc.fields
        .filter((f) => (sheet.cols[f.index] ?? 0) > 0)
        .map((f) => ({ id: f.id, index: f.index, type: f.type, table: lookups?.get(f.id)?.sheet ?? null }));
      missing = new Map();
      maybe = new Map();
      const active = runners.filter((rr) => {
        const lacking = rr.needs(sheet).filter((f) => !sheet.available.has(f));
        for (const f of new Set(lacking)) {
          const sev: Severity = rr.rule.optional ? "info" : (rr.rule.severity ?? "error");
          const m = missing.get(f);
          if (!m) missing.set(f, { rules: [rr.rule.id], severity: sev });
          else {
            m.rules.push(rr.rule.id);
            if (RANK[sev] > RANK[m.severity]) m.severity = sev;
          }
        }
        // a required rule still checks the fields it has
        return lacking.length === 0 || rr.rule.kind === "required";
      });
      for (const rr of active)
        for (const f of new Set(rr.mayNeed?.(sheet) ?? []))
          if (!sheet.available.has(f) && !missing.has(f)) maybe.set(f, [...(maybe.get(f) ?? []), rr.rule.id]);
      return active;
    },
    finish(sheet, rows) {
      const needs = ctx.needs.take();
      const unneeded = new Map<string, string[]>();
      const addUnneeded = (field: string, rules: readonly string[]) => {
        const list = unneeded.get(field) ?? [];
        for (const id of rules) if (!list.includes(id)) list.push(id);
        unneeded.set(field, list);
      };
      // a column every row needs: an error when the list has rows (a sheet-wide finding, as always)
      for (const [field, m] of missing) {
        if (rows === 0) {
          addUnneeded(field, m.rules);
          continue;
        }
        for (const n of needs) if (n.fields.includes(field)) for (const id of n.rules) if (!m.rules.includes(id)) m.rules.push(id);
        ctx.sink.add({ id: m.rules[0] as string, severity: m.severity }, { code: "missing-column", sheet, field, data: { field, headers: headersOf(field), rules: m.rules } });
      }
      // a column some rows needed: an error on the first of them, naming how many
      for (const n of needs) {
        if (rows > 0 && n.fields.some((f) => missing.has(f))) continue;
        const field = n.fields[0] as string;
        const headers = n.headers ?? n.fields.flatMap((f) => headersOf(f).slice(0, n.fields.length > 1 ? 2 : 4));
        ctx.sink.add(
          { id: n.rules[0] as string, severity: n.severity },
          {
            code: "missing-column",
            messageId: "missing-column-rows",
            sheet,
            row: n.rows[0] as number,
            rows: n.rows,
            field,
            cellField: n.at,
            data: { field, fields: n.fields, headers, rules: n.rules, needed: n.rows.length },
          },
        );
      }
      // a column no row needed: one info line for the sheet, naming every such column
      for (const [field, rules] of maybe) if (!needs.some((n) => n.fields.includes(field))) addUnneeded(field, rules);
      if (unneeded.size > 0) {
        const absentFields = [...unneeded.keys()];
        const rules = [...new Set([...unneeded.values()].flat())];
        const field = absentFields[0] as string;
        ctx.sink.add(
          { id: rules[0] as string, severity: "info" },
          { code: "missing-column", severity: "info", messageId: "missing-column-unneeded", sheet, field, data: { field, absent: absentFields, headers: headersOf(field), rules } },
        );
      }
    },
    row(r) {
      for (let i = 0; i < read.length; i++) {
        const f = read[i] as (typeof read)[number];
        const p = r.vals[f.index] as Parsed;
        if (!p.bad || !(p.error || TYPED_FIELDS.has(f.type) || f.table !== null)) continue;
        // type: the field's type, "error" for a formula error, "code" for a code missing from the workbook's table
        const data = p.error ? { type: "error" } : f.table !== null ? { type: "code", table: f.table } : { type: f.type };
        ctx.sink.add({ id: VALUE_TYPE_RULE }, { code: "invalid-value", sheet: r.sheet, row: r.row, field: f.id, data: { field: f.id, value: p.text, ...data } });
      }
    },
  };
}
