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

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface Baseline {
  /** start of a sheet: reports the missing columns, returns the runners that can run here; `lookups`: field -> its code table */
  start(sheet: SheetState, runners: readonly RuleRunner[], lookups?: ReadonlyMap<string, { sheet: string }>): RuleRunner[];
  /** each row: unreadable values of typed fields (and formula errors in any field read) */
  row(r: RowData): void;
}

export function createBaseline(ctx: Ctx): Baseline {
  /** the fields with a column here; `table`: the code table a column's codes are read through */
  let read: { id: string; index: number; type: string; table: string | null }[] = [];
  return {
    start(sheet, runners, lookups) {
      read = ctx.cc.fields
        .filter((f) => (sheet.cols[f.index] ?? 0) > 0)
        .map((f) => ({ id: f.id, index: f.index, type: f.type, table: lookups?.get(f.id)?.sheet ?? null }));
      const missing = new Map<string, { rules: string[]; severity: Severity }>();
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
      for (const [field, m] of missing) {
        const headers = (ctx.cc.byId.get(field)?.headers ?? []).slice(0, 4);
        ctx.sink.add({ id: m.rules[0] as string, severity: m.severity }, { code: "missing-column", sheet, field, data: { field, headers, rules: m.rules } });
      }
      return active;
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
