// quotas per proposing unit, by unit group; exempt kinds ("không quy định số lượng") do not count
import type { z } from "zod";
import type { quotaRule } from "../campaign/schema.js";
import { resolveGroup } from "../campaign/compile.js";
import { unitKey } from "../text/unit.js";
import type { UnitStatus, UnitSummary } from "../types.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner, type SheetState } from "./context.js";
import { ValueMemo } from "./memo.js";

interface UnitAcc {
  name: string;
  norm: string;
  groupNorm: string | null;
  first: { sheet: SheetState; row: number } | null; // first counted row
  rows: number[]; // counted rows
  sheetsOf: number[] | null; // the sheet index of each counted row, once a second sheet appears
  exempt: number;
}

export interface QuotaRunner extends RuleRunner {
  units(): UnitSummary[];
}

export function quotaRunner(ctx: Ctx, rule: z.output<typeof quotaRule>): QuotaRunner {
  const exempt = compileWhen(ctx, rule.exempt);
  const exemptFields = Object.keys(rule.exempt ?? {});
  const unitIx = fieldIndex(ctx, "unit");
  const groupIx = fieldIndex(ctx, "unitGroup");
  const acc = new Map<string, UnitAcc>();
  // each unit as written -> its tally, shared by every spelling with the same key
  const accOf = new ValueMemo((u) => {
    const key = unitKey(u.norm);
    let a = acc.get(key);
    if (!a) {
      a = { name: u.text, norm: u.norm, groupNorm: null, first: null, rows: [], sheetsOf: null, exempt: 0 };
      acc.set(key, a);
    }
    return a;
  });
  const summaries: UnitSummary[] = [];
  const sheets: SheetState[] = [];
  let canExempt = false; // the sheet has every field the exemption reads
  return {
    rule,
    needs: () => ["unit"],
    sheet(s) {
      canExempt = exempt.length > 0 && exemptFields.every((f) => s.available.has(f));
    },
    row(r) {
      const u = r.vals[unitIx];
      if (!u || u.empty) return;
      const a = accOf.get(u);
      const g = r.vals[groupIx];
      if (a.groupNorm === null && g && !g.empty) a.groupNorm = g.norm;
      if (canExempt && holds(exempt, r.vals)) a.exempt++;
      else {
        if (a.first === null) a.first = { sheet: r.sheet, row: r.row }; // rows are reused: keep a copy
        if (a.sheetsOf === null && r.sheet !== a.first.sheet) a.sheetsOf = a.rows.map(() => a.first?.sheet.index ?? 0);
        a.rows.push(r.row);
        a.sheetsOf?.push(r.sheet.index);
        sheets[r.sheet.index] = r.sheet;
      }
    },
    end() {
      for (const [key, a] of acc) {
        const group = resolveGroup(ctx.cc, key, a.groupNorm, a.norm);
        const limit = group ? rule.limits.find((l) => l.group === group.id) : undefined;
        const n = a.rows.length;
        const min = limit?.min ?? null;
        const max = limit?.max ?? null;
        let status: UnitStatus = "ok";
        if (!limit) status = "no-quota";
        else if (n === 0) status = "exempt";
        else if (max !== null && n > max) status = "over";
        else if (min !== null && n < min) status = "under";
        const rows = a.rows;
        const first = a.first;
        summaries.push({
          unit: a.name,
          group: group?.id ?? null,
          counted: n,
          exempt: a.exempt,
          min,
          max,
          status,
          rows,
          ...(first?.sheet.file !== undefined ? { file: first.sheet.file } : {}),
          ...(first ? { sheet: first.sheet.name } : {}),
        });
        if (first === null || (status !== "over" && status !== "under")) continue;
        const data = { unit: a.name, counted: n, group: group ? group.label[ctx.lang] : "", min: min ?? "", max: max ?? "" };
        ctx.sink.add(rule, {
          code: status === "over" ? "quota-exceeded" : "quota-below-minimum",
          severity: status === "under" ? (rule.belowSeverity ?? "warning") : rule.severity,
          sheet: first.sheet,
          row: first.row,
          unit: a.name,
          rows,
          ...(a.sheetsOf ? { locations: locate(a.rows, a.sheetsOf) } : {}),
          data,
        });
      }
    },
    units: () => summaries,
  };

  function locate(rows: number[], sheetsOf: number[]) {
    return rows.map((row, i) => {
      const sh = sheets[sheetsOf[i] ?? 0] as SheetState;
      return { ...(sh.file !== undefined ? { file: sh.file } : {}), sheet: sh.name, row };
    });
  }
}
