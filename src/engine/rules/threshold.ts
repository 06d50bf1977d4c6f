// numeric thresholds with conditions and alternatives: the row qualifies if ANY criterion holds
import type { z } from "zod";
import type { thresholdRule } from "../campaign/schema.js";
import { fieldLabel } from "../campaign/compile.js";
import { compileWhen, fieldIndex, holds, showLimit, showValue, type Ctx, type RuleRunner } from "./context.js";

export function thresholdRunner(ctx: Ctx, rule: z.output<typeof thresholdRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const crits = rule.anyOf.map((c) => ({ ...c, index: fieldIndex(ctx, c.field), cond: compileWhen(ctx, c.when) }));
  let here = crits; // criteria whose column this sheet has
  const live: typeof crits = []; // the row's criteria, refilled for each row
  const or = ctx.lang === "vi" ? " hoặc " : " or ";
  const one = crits.map((c) => {
    const label = fieldLabel(ctx.cc, c.field, ctx.lang);
    const parts: string[] = [];
    if (c.min !== undefined) parts.push(`≥ ${showLimit(ctx, c.field, c.min)}`);
    if (c.max !== undefined) parts.push(`≤ ${showLimit(ctx, c.field, c.max)}`);
    return `${label} ${parts.join(", ")}`;
  });
  const describe = (list: typeof crits) => list.map((c) => one[crits.indexOf(c)]).join(or);
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
      live.length = 0;
      for (const c of here) if (holds(c.cond, r.vals)) live.push(c);
      if (live.length === 0) return;
      let anyValue = false;
      for (const c of live) {
        const p = r.vals[c.index];
        if (p?.bad) return; // reported as invalid-value
        if (p && !p.empty) anyValue = true;
      }
      const first = live[0] as (typeof live)[number];
      if (!anyValue) {
        ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: first.field, data: { criteria: describe(live) } });
        return;
      }
      let low = false;
      for (const c of live) {
        const n = r.vals[c.index]?.num ?? null;
        if (n === null) continue;
        const okMin = c.min === undefined || n >= c.min;
        const okMax = c.max === undefined || n <= c.max;
        if (okMin && okMax) return;
        if (!okMin) low = true;
      }
      const at = live.find((c) => r.vals[c.index]?.empty === false) ?? first;
      const p = r.vals[at.index];
      ctx.sink.add(rule, {
        code: low ? "below-threshold" : "above-threshold",
        sheet: r.sheet,
        row: r.row,
        field: at.field,
        data: { value: p ? showValue(ctx, at.field, p) : "", criteria: describe(live) },
      });
    },
  };
}
