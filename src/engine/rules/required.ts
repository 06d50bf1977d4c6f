// required fields: an empty cell is missing-value
import type { Parsed } from "../values/parse.js";
import { compileWhen, conditionCell, fieldIndex, holds } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";

export const requiredKind = defineRuleKind({
  kind: "required",
  schema: (z, { fieldId, ruleBase }) => z.object({ ...ruleBase, kind: z.literal("required"), fields: z.array(fieldId).min(1) }).strict(),
  codes: {
    "missing-value": {
      severity: "error",
      scope: "cell",
      name: { vi: "Thiếu thông tin", en: "Missing value" },
      message: { vi: "Thiếu {{field}}.", en: "{{field}} is empty." },
    },
  },
  fields: (rule) => [...rule.fields, ...whenFields(rule)],
  create(ctx, rule): RuleRunner {
    const when = compileWhen(ctx, rule.when);
    const fields = rule.fields.map((id) => ({ id, index: fieldIndex(ctx, id) }));
    let present = fields; // the fields this sheet can hold (a column, or section rows)
    // with a condition, the fields' columns are needed only by the rows it applies to
    const some = when.length > 0;
    let lacking: string[] = [];
    let at: string | undefined;
    return {
      rule,
      needs: () => (some ? whenFields(rule) : [...rule.fields]),
      ...(some ? { mayNeed: () => [...rule.fields] } : {}),
      sheet(s) {
        present = fields.filter((f) => s.available.has(f.id));
        lacking = some ? fields.filter((f) => !s.available.has(f.id)).map((f) => f.id) : [];
        at = conditionCell(rule, s, ctx);
      },
      row(r) {
        if (!holds(when, r.vals)) return;
        for (let i = 0; i < lacking.length; i++) ctx.needs.need(rule, r, [lacking[i] as string], { at });
        for (let i = 0; i < present.length; i++) {
          const f = present[i] as (typeof present)[number];
          if ((r.vals[f.index] as Parsed).empty) ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: f.id, data: { field: f.id } });
        }
      },
    };
  },
});
