// the campaign period: a date outside it (open ends allowed) is outside-period
import { isoToSerial } from "../values/date.js";
import type { RuleRunner } from "./context.js";
import { dateRunner } from "./dates.js";
import { defineRuleKind, whenFields } from "./kind.js";

export const periodKind = defineRuleKind({
  kind: "period",
  schema: (z, { fieldId, isoDate, ruleBase }) =>
    z
      .object({ ...ruleBase, kind: z.literal("period"), field: fieldId, from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((r) => r.from !== undefined || r.to !== undefined, { message: "a period needs from or to", path: ["from"] })
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: "from is after to", path: ["to"] }),
  codes: {
    "outside-period": {
      severity: "error",
      scope: "cell",
      name: { vi: "Ngoài thời gian phong trào", en: "Outside the period" },
      message: {
        vi: "{{field}} {{value}} nằm ngoài thời gian của phong trào ({{period}}).",
        en: "{{field}} {{value}} is outside the campaign period ({{period}}).",
      },
    },
  },
  fields: (rule) => [rule.field, ...whenFields(rule)],
  create(ctx, rule): RuleRunner {
    const from = rule.from !== undefined ? isoToSerial(rule.from) : null;
    const to = rule.to !== undefined ? isoToSerial(rule.to) : null;
    // a month or year written alone is outside only when all of it is
    const outside = (p: { num: number; hi: number | null }) => (from !== null && (p.hi ?? p.num) < from) || (to !== null && p.num > to);
    const period = { from: rule.from ?? null, to: rule.to ?? null };
    return dateRunner(ctx, rule, "outside-period", outside, { period, ...(rule.from ? { from: rule.from } : {}), ...(rule.to ? { to: rule.to } : {}) });
  },
});
