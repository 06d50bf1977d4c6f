// the same nominee (normalised name and unit) listed more than once, across every sheet and file checked
import type { z } from "zod";
import type { duplicateRule } from "../campaign/schema.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner, type SheetState } from "./context.js";

interface Seen {
  sheet: SheetState;
  row: number;
  name: string;
  unit: string;
}

export function duplicateRunner(ctx: Ctx, rule: z.output<typeof duplicateRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const keys = (rule.keys ?? ["name", "unit"]).map((id) => ({ id, index: fieldIndex(ctx, id) }));
  const nameIx = fieldIndex(ctx, "name");
  const unitIx = fieldIndex(ctx, "unit");
  // one row per key until a second one comes: most keys never repeat
  const seen = new Map<string, Seen | Seen[]>();
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
        key += (k.id === "name" ? p.text.toLowerCase() : p.norm) + "\u0000"; // p.text is already clean NFC
      }
      const item: Seen = { sheet: r.sheet, row: r.row, name: r.vals[nameIx]?.text ?? "", unit: r.vals[unitIx]?.text ?? "" };
      const prev = seen.get(key);
      if (prev === undefined) seen.set(key, item);
      else if (Array.isArray(prev)) prev.push(item);
      else seen.set(key, [prev, item]);
    },
    end() {
      for (const list of seen.values()) {
        if (!Array.isArray(list)) continue;
        const first = list[0] as Seen;
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
              name: r.name,
              unit: r.unit,
              firstRow: first.row,
              firstWhere: where,
            },
          });
        }
      }
    },
  };
}
