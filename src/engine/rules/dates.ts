// what the date-window kinds (period, deadline) share: one date field, a condition, a test on readable dates
import type { FindingCode, MessageData } from "../types.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, dataValue, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";
import { whenFields, type RuleBase } from "./kind.js";

type Dated = Parsed & { num: number };

export function dateRunner(ctx: Ctx, rule: RuleBase & { field: string }, code: FindingCode, fails: (p: Dated) => boolean, data: MessageData): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  return {
    rule,
    needs: () => [rule.field, ...whenFields(rule)],
    row(r) {
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals) || !fails(p as Dated)) return;
      ctx.sink.add(rule, { code, sheet: r.sheet, row: r.row, field: rule.field, data: { field: rule.field, value: dataValue(ctx, rule.field, p), ...data } });
    },
  };
}
