// numeric thresholds with conditions and alternatives: the row qualifies if ANY criterion holds
import type { z } from "zod";
import type { thresholdRule } from "../campaign/schema.js";
import { fieldLabel } from "../campaign/compile.js";
import { compileWhen, fieldIndex, holds, showLimit, showValue, type Ctx, type RowData, type RuleRunner } from "./context.js";

export function thresholdRunner(ctx: Ctx, rule: z.output<typeof thresholdRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const crits = rule.anyOf.map((c) => ({ ...c, index: fieldIndex(ctx, c.field), cond: compileWhen(ctx, c.when) }));
  let here = crits; // criteria whose column this sheet has
  type Crit = (typeof crits)[number];
  const live: Crit[] = []; // the row's criteria, refilled for each row
  const or = ctx.lang === "vi" ? " hoặc " : " or ";
  const one = crits.map((c) => {
    const label = fieldLabel(ctx.cc, c.field, ctx.lang);
    const parts: string[] = [];
    if (c.min !== undefined) parts.push(`≥ ${showLimit(ctx, c.field, c.min)}`);
    if (c.max !== undefined) parts.push(`≤ ${showLimit(ctx, c.field, c.max)}`);
    return `${label} ${parts.join(", ")}`;
  });
  const describe = (list: typeof crits) => list.map((c) => one[crits.indexOf(c)]).join(or);
  /** a finding for a value outside every live criterion; apart from row(), so r is not captured by a closure there */
  const outside = (r: RowData, shown: Crit[], low: boolean) => {
    const at = shown.find((c) => r.vals[c.index]?.empty === false) ?? (shown[0] as Crit);
    const p = r.vals[at.index];
    ctx.sink.add(rule, {
      code: low ? "below-threshold" : "above-threshold",
      sheet: r.sheet,
      row: r.row,
      field: at.field,
      data: { value: p ? showValue(ctx, at.field, p) : "", criteria: describe(shown) },
    });
  };
  return {
    rule,
    needs(sheet) {
      const fields = rule.anyOf.map((c) => c.field);
      const base = Object.keys(rule.when ?? {});
      // one criterion's column is enough; name them all only when none is there
      return fields.some((f) => sheet.available.has(f)) ? base : [...base, ...new Set(fields)];
    },
    sheet(s) {
      here = crits.filter((c) => s.available.has(c.field));
    },
    row(r) {
      if (!holds(when, r.vals)) return;
      // the row's criteria: the first n entries of live (index loops and no resizing: nothing allocated per row)
      let n = 0;
      for (let i = 0; i < here.length; i++) {
        const c = here[i] as Crit;
        if (holds(c.cond, r.vals)) live[n++] = c;
      }
      if (n === 0) return;
      let anyValue = false;
      for (let i = 0; i < n; i++) {
        const p = r.vals[(live[i] as Crit).index];
        if (p?.bad) return; // reported as invalid-value
        if (p && !p.empty) anyValue = true;
      }
      const first = live[0] as Crit;
      if (!anyValue) {
        ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: first.field, data: { criteria: describe(live.slice(0, n)) } });
        return;
      }
      let low = false;
      for (let i = 0; i < n; i++) {
        const c = live[i] as Crit;
        const v = r.vals[c.index]?.num ?? null;
        if (v === null) continue;
        const okMin = c.min === undefined || v >= c.min;
        const okMax = c.max === undefined || v <= c.max;
        if (okMin && okMax) return;
        if (!okMin) low = true;
      }
      outside(r, live.slice(0, n), low);
    },
  };
}
