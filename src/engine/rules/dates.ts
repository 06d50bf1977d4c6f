// date windows: the campaign period (open ends allowed) and deadlines
import type { z } from "zod";
import type { deadlineRule, periodRule } from "../campaign/schema.js";
import type { FindingCode, MessageData } from "../types.js";
import { formatSerial, isoToSerial } from "../values/date.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, fieldIndex, holds, showValue, type Ctx, type RuleRunner } from "./context.js";

type DateRule = z.output<typeof periodRule> | z.output<typeof deadlineRule>;

/** the shared shape: one date field, a condition, a test on the readable dates */
function dateRunner(ctx: Ctx, rule: DateRule, code: FindingCode, fails: (p: Parsed & { num: number }) => boolean, data: MessageData): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  return {
    rule,
    needs: () => [rule.field, ...Object.keys(rule.when ?? {})],
    row(r) {
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals) || !fails(p as Parsed & { num: number })) return;
      ctx.sink.add(rule, { code, sheet: r.sheet, row: r.row, field: rule.field, data: { value: showValue(ctx, rule.field, p), ...data } });
    },
  };
}

export function periodRunner(ctx: Ctx, rule: z.output<typeof periodRule>): RuleRunner {
  const from = rule.from !== undefined ? isoToSerial(rule.from) : null;
  const to = rule.to !== undefined ? isoToSerial(rule.to) : null;
  const vi = ctx.lang === "vi";
  const period = [
    from !== null ? `${vi ? "từ" : "from"} ${formatSerial(from, ctx.lang)}` : "",
    to !== null ? `${vi ? "đến" : "to"} ${formatSerial(to, ctx.lang)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  // a month or year written alone is outside only when all of it is
  const outside = (p: Parsed & { num: number }) => (from !== null && (p.hi ?? p.num) < from) || (to !== null && p.num > to);
  return dateRunner(ctx, rule, "outside-period", outside, {
    period,
    ...(rule.from ? { from: rule.from } : {}),
    ...(rule.to ? { to: rule.to } : {}),
  });
}

export function deadlineRunner(ctx: Ctx, rule: z.output<typeof deadlineRule>): RuleRunner {
  const by = isoToSerial(rule.by);
  return dateRunner(ctx, rule, "after-deadline", (p) => p.num > by, { by: formatSerial(by, ctx.lang) });
}
