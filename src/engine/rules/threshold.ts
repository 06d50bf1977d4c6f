// numeric thresholds with conditions and alternatives: the row qualifies if ANY criterion holds
import type { SchemaParts, Zod } from "../campaign/schema-parts.js";
import type { Criterion } from "../types.js";
import type { Parsed } from "../values/parse.js";
import { absent, compileWhen, conditionCell, dataValue, fieldIndex, holds, type RowData } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";

const criterion = (z: Zod, { fieldId, condition }: SchemaParts) =>
  z
    .object({ field: fieldId, min: z.number().optional(), max: z.number().optional(), when: condition.optional() })
    .strict()
    .refine((c) => c.min !== undefined || c.max !== undefined, { message: "a criterion needs min or max", path: ["min"] });

export const thresholdKind = defineRuleKind({
  kind: "threshold",
  schema: (z, parts) =>
    z
      .object({
        ...parts.ruleBase,
        kind: z.literal("threshold"),
        anyOf: z.array(criterion(z, parts)).min(1).meta({ description: "the row qualifies if ANY criterion holds" }),
      })
      .strict(),
  codes: {
    "below-threshold": {
      severity: "error",
      scope: "cell",
      name: { vi: "Dưới mức tối thiểu", en: "Below minimum" },
      message: { vi: "{{field}} {{value}} chưa đạt mức tối thiểu: {{criteria}}.", en: "{{field}} {{value}} is below the minimum: {{criteria}}." },
    },
    "above-threshold": {
      severity: "error",
      scope: "cell",
      name: { vi: "Vượt mức tối đa", en: "Above maximum" },
      message: { vi: "{{field}} {{value}} vượt mức tối đa: {{criteria}}.", en: "{{field}} {{value}} is above the maximum: {{criteria}}." },
    },
  },
  fields: (rule) => [...whenFields(rule), ...rule.anyOf.flatMap((c) => [c.field, ...Object.keys(c.when ?? {})])],
  create(ctx, rule): RuleRunner {
    const when = compileWhen(ctx, rule.when);
    const crits = rule.anyOf.map((c) => ({
      ...c,
      index: fieldIndex(ctx, c.field),
      cond: compileWhen(ctx, c.when),
      data: { field: c.field, min: c.min ?? null, max: c.max ?? null } satisfies Criterion,
    }));
    type Crit = (typeof crits)[number];
    let here = crits; // criteria whose column this sheet has
    let at: string | undefined; // the condition's cell: why a row needs a money column
    const criteria = (list: readonly Crit[]): Criterion[] => list.map((c) => c.data);
    // the rare paths, apart from row(): a closure there over the row would make V8 allocate a context on every call
    const needColumns = (r: RowData) => {
      const wanted = crits.filter((c) => holds(c.cond, r.vals));
      if (wanted.length > 0) ctx.needs.need(rule, r, absent(r.sheet, wanted.map((c) => c.field)), { at });
    };
    /** a row that qualifies under none of the criteria that apply to it (`live`): no value, or values outside */
    const fails = (r: RowData, anyValue: boolean, low: boolean) => {
      const live = here.filter((c) => holds(c.cond, r.vals));
      const first = live[0] as Crit;
      if (!anyValue) {
        ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: first.field, data: { field: first.field, criteria: criteria(live) } });
        return;
      }
      const shown = live.find((c) => r.vals[c.index]?.empty === false) ?? first;
      const p = r.vals[shown.index];
      ctx.sink.add(rule, {
        code: low ? "below-threshold" : "above-threshold",
        sheet: r.sheet,
        row: r.row,
        field: shown.field,
        data: { field: shown.field, value: p ? dataValue(ctx, shown.field, p) : "", criteria: criteria(live) },
      });
    };
    return {
      rule,
      // the money columns are needed only by the rows the rule applies to (donors): decided row by row
      needs: () => whenFields(rule),
      // an absent criterion column beside one that is here is never needed: rows are judged on the one here
      mayNeed: (sheet) => (crits.some((c) => sheet.available.has(c.field)) ? [] : crits.map((c) => c.field)),
      sheet(s) {
        here = crits.filter((c) => s.available.has(c.field));
        at = conditionCell(rule, s, ctx);
      },
      row(r) {
        if (!holds(when, r.vals)) return;
        // the criteria whose column is here and whose condition holds: the row qualifies under any one of them
        let applies = false;
        let anyValue = false;
        let low = false;
        let ok = false;
        for (let i = 0; i < here.length; i++) {
          const c = here[i] as Crit;
          if (!holds(c.cond, r.vals)) continue;
          applies = true;
          const p = r.vals[c.index] as Parsed;
          if (p.bad) return; // the baseline reports it as invalid-value
          if (p.empty) continue;
          anyValue = true;
          if (p.num === null) continue;
          const okMin = c.min === undefined || p.num >= c.min;
          const okMax = c.max === undefined || p.num <= c.max;
          if (okMin && okMax) ok = true;
          else if (!okMin) low = true;
        }
        // the row is one the rule applies to, and none of the columns that could qualify it is here
        if (!applies) needColumns(r);
        else if (!ok) fails(r, anyValue, low);
      },
    };
  },
});
