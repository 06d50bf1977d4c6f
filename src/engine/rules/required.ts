// required fields: an empty cell is missing-value
import type { z } from "zod";
import type { requiredRule } from "../campaign/schema.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";

export function requiredRunner(ctx: Ctx, rule: z.output<typeof requiredRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const fields = rule.fields.map((id) => ({ id, index: fieldIndex(ctx, id) }));
  return {
    rule,
    needs: () => [...rule.fields, ...Object.keys(rule.when ?? {})],
    row(r) {
      if (!holds(when, r.vals)) return;
      for (const f of fields) {
        if (!r.sheet.available.has(f.id)) continue;
        if (r.vals[f.index]?.empty !== false) ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: f.id, data: {} });
      }
    },
  };
}
