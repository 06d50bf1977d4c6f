// what the date-window kinds (period, deadline) share: one date field, a condition, a test on readable dates
import type { FindingCode, MessageData } from "../types.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, dataValue, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";
import type { RuleBase } from "./kind.js";
import { oneField } from "./one-field.js";

type Dated = Parsed & { num: number };

export function dateRunner(ctx: Ctx, rule: RuleBase & { field: string }, code: FindingCode, fails: (p: Dated) => boolean, data: MessageData): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  // with a condition ("registered units"), the date column is needed only by the rows it applies to
  const column = oneField(ctx, rule, when);
  return {
    rule,
    ...column.hooks,
    row(r) {
      if (!column.present(r)) return;
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals) || !fails(p as Dated)) return;
      ctx.sink.add(rule, { code, sheet: r.sheet, row: r.row, field: rule.field, data: { field: rule.field, value: dataValue(ctx, rule.field, p), ...data } });
    },
  };
}
