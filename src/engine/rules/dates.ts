// date windows: the campaign period (open ends allowed) and deadlines
import type { z } from "zod";
import type { deadlineRule, periodRule } from "../campaign/schema.js";
import { formatSerial, isoToSerial } from "../values/date.js";
import { compileWhen, fieldIndex, holds, showValue, type Ctx, type RuleRunner } from "./context.js";

export function periodRunner(ctx: Ctx, rule: z.output<typeof periodRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  const from = rule.from !== undefined ? isoToSerial(rule.from) : null;
  const to = rule.to !== undefined ? isoToSerial(rule.to) : null;
  const vi = ctx.lang === "vi";
  const period = [
    from !== null ? `${vi ? "từ" : "from"} ${formatSerial(from, ctx.lang)}` : "",
    to !== null ? `${vi ? "đến" : "to"} ${formatSerial(to, ctx.lang)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    rule,
    needs: () => [rule.field, ...Object.keys(rule.when ?? {})],
    row(r) {
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals)) return;
      const hi = p.hi ?? p.num;
      // a month or year written alone is outside only when all of it is
      if ((from !== null && hi < from) || (to !== null && p.num > to))
        ctx.sink.add(rule, {
          code: "outside-period",
          sheet: r.sheet,
          row: r.row,
          field: rule.field,
          data: { value: showValue(ctx, rule.field, p), period, ...(rule.from ? { from: rule.from } : {}), ...(rule.to ? { to: rule.to } : {}) },
        });
    },
  };
}

export function deadlineRunner(ctx: Ctx, rule: z.output<typeof deadlineRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  const by = isoToSerial(rule.by);
  return {
    rule,
    needs: () => [rule.field, ...Object.keys(rule.when ?? {})],
    row(r) {
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals)) return;
      if (p.num > by)
        ctx.sink.add(rule, {
          code: "after-deadline",
          sheet: r.sheet,
          row: r.row,
          field: rule.field,
          data: { value: showValue(ctx, rule.field, p), by: formatSerial(by, ctx.lang) },
        });
    },
  };
}
