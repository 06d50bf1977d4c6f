// required fields: an empty cell is missing-value
import type { z } from "zod";
import type { requiredRule } from "../campaign/schema.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";

export function requiredRunner(ctx: Ctx, rule: z.output<typeof requiredRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const fields = rule.fields.map((id) => ({ id, index: fieldIndex(ctx, id) }));
  let present = fields; // the fields this sheet can hold (a column, or section rows)
  return {
    rule,
    needs: () => [...rule.fields, ...Object.keys(rule.when ?? {})],
    sheet(s) {
      present = fields.filter((f) => s.available.has(f.id));
    },
    row(r) {
      if (!holds(when, r.vals)) return;
      for (const f of present) {
        if ((r.vals[f.index] as Parsed).empty) ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: f.id, data: {} });
      }
    },
  };
}
