// a deadline: a date after it is after-deadline
import { isoToSerial } from "../values/date.js";
import type { RuleRunner } from "./context.js";
import { dateRunner } from "./dates.js";
import { defineRuleKind, whenFields } from "./kind.js";

export const deadlineKind = defineRuleKind({
  kind: "deadline",
  schema: (z, { fieldId, isoDate, ruleBase }) => z.object({ ...ruleBase, kind: z.literal("deadline"), field: fieldId, by: isoDate.meta({ description: "last allowed day" }) }).strict(),
  codes: {
    "after-deadline": {
      severity: "error",
      scope: "cell",
      name: { vi: "Quá hạn", en: "After the deadline" },
      message: { vi: "{{field}} {{value}} sau thời hạn {{by}}.", en: "{{field}} {{value}} is after the deadline {{by}}." },
    },
  },
  fields: (rule) => [rule.field, ...whenFields(rule)],
  create(ctx, rule): RuleRunner {
    const by = isoToSerial(rule.by);
    return dateRunner(ctx, rule, "after-deadline", (p) => p.num > by, { by: rule.by });
  },
});
