// what the rules on one field under an optional condition share (allowed values, date windows): the column is
// needed by every row, or — with a condition — only by the rows it applies to; a sheet without the column records
// that need row by row (ColumnNeeds), and the rule skips those rows
import { conditionCell, holds, type Cond, type Ctx, type RowData, type RuleRunner, type SheetState } from "./context.js";
import { whenFields, type RuleBase } from "./kind.js";

export interface OneField {
  /** the needs, mayNeed and sheet hooks of the rule's runner */
  hooks: Pick<RuleRunner, "needs" | "mayNeed" | "sheet">;
  /** whether this row can be checked: false on a sheet without the column (the need is recorded when it applies) */
  present(r: RowData): boolean;
}

export function oneField(ctx: Ctx, rule: RuleBase & { field: string }, when: Cond[]): OneField {
  const some = when.length > 0;
  let here = true;
  let at: string | undefined;
  return {
    hooks: {
      needs: () => (some ? whenFields(rule) : [rule.field]),
      ...(some ? { mayNeed: () => [rule.field] } : {}),
      sheet(s: SheetState) {
        here = s.available.has(rule.field);
        at = conditionCell(rule, s, ctx);
      },
    },
    present(r) {
      if (here) return true;
      if (holds(when, r.vals)) ctx.needs.need(rule, r, [rule.field], { at });
      return false;
    },
  };
}
