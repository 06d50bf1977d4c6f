// the same nominee (normalised name and unit) listed more than once, across every sheet and file checked
import type { z } from "zod";
import type { duplicateRule } from "../campaign/schema.js";
import { nameKey } from "../text/normalize.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RowData, type RuleRunner } from "./context.js";

export function duplicateRunner(ctx: Ctx, rule: z.output<typeof duplicateRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const keys = (rule.keys ?? ["name", "unit"]).map((id) => ({ id, index: fieldIndex(ctx, id) }));
  const nameIx = fieldIndex(ctx, "name");
  const unitIx = fieldIndex(ctx, "unit");
  const seen = new Map<string, RowData[]>();
  return {
    rule,
    needs: () => [...keys.map((k) => k.id), ...Object.keys(rule.when ?? {})],
    row(r) {
      if (!holds(when, r.vals)) return;
      let key = "";
      for (const k of keys) {
        const p = r.vals[k.index];
        if (!p || p.empty) return;
        // names keep their accents (Lê ≠ Lệ); other keys compare loosely
        key += (k.id === "name" ? nameKey(p.text) : p.norm) + "\u0000";
      }
      const list = seen.get(key);
      if (list) list.push(r);
      else seen.set(key, [r]);
    },
    end() {
      for (const list of seen.values()) {
        if (list.length < 2) continue;
        const first = list[0] as RowData;
        const rows = list.map((r) => r.row);
        for (const r of list.slice(1)) {
          const sameSheet = r.sheet === first.sheet;
          const where = sameSheet
            ? ""
            : ` (${first.sheet.file !== undefined && first.sheet.file !== r.sheet.file ? `${first.sheet.file}, ` : ""}${first.sheet.name})`;
          ctx.sink.add(rule, {
            code: "duplicate",
            sheet: r.sheet,
            row: r.row,
            field: keys[0]?.id ?? "name",
            rows,
            data: {
              name: r.vals[nameIx]?.text ?? "",
              unit: r.vals[unitIx]?.text ?? "",
              firstRow: first.row,
              firstWhere: where,
            },
          });
        }
      }
    },
  };
}
