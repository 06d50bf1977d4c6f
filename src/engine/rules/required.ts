// required fields: an empty cell is missing-value
import { z } from "zod";
import { fieldId, ruleBase } from "../campaign/schema-parts.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, fieldIndex, holds } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";

export const requiredKind = defineRuleKind({
  kind: "required",
  schema: z.object({ ...ruleBase, kind: z.literal("required"), fields: z.array(fieldId).min(1) }).strict(),
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
    return {
      rule,
      needs: () => [...rule.fields, ...whenFields(rule)],
      sheet(s) {
        present = fields.filter((f) => s.available.has(f.id));
      },
      row(r) {
        if (!holds(when, r.vals)) return;
        for (const f of present) {
          if ((r.vals[f.index] as Parsed).empty) ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: f.id, data: { field: f.id } });
        }
      },
    };
  },
});
