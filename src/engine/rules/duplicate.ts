// the same nominee (normalised name and unit) listed more than once, across every sheet and file checked:
// a Map on the exact key; each later occurrence is one finding, located on it, naming the first
import { personName } from "../text/person.js";
import { unitKey } from "../text/unit.js";
import { birthSpan, sameBirth } from "../yearly/nominee.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, fieldIndex, holds, type SheetState } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";

interface Repeat {
  first: number; // where the key was first seen (see at())
  at: number; // this later occurrence
  name: string;
  unit: string;
  occurrence: number; // 2 for the second listing, …
  key: string;
}

/** a row's place in one number: sheet index and row (no object per row) */
const ROWS = 2 ** 21;

const keyKinds = { name: 0, unit: 1 } as Record<string, number>;

export const duplicateKind = defineRuleKind({
  kind: "duplicate",
  schema: (z, { fieldId, ruleBase }) => z.object({ ...ruleBase, kind: z.literal("duplicate"), keys: z.array(fieldId).min(1).optional() }).strict(),
  codes: {
    duplicate: {
      severity: "error",
      scope: "row",
      name: { vi: "Trùng lặp", en: "Duplicate" },
      message: {
        vi: "“{{name}}”{{unitPart}} đã có ở dòng {{firstRow}}{{firstWhere}}.",
        en: "“{{name}}”{{unitPart}} is already listed at row {{firstRow}}{{firstWhere}}.",
      },
    },
  },
  fields: (rule) => [...(rule.keys ?? ["name", "unit"]), ...whenFields(rule)],
  create(ctx, rule): RuleRunner {
    const when = compileWhen(ctx, rule.when);
    // a name is compared as a person (honorifics and titles set aside), keeping its accents (Lê ≠ Lệ) but not
    // its case; a unit has one key however written; others loosely
    const keys = (rule.keys ?? ["name", "unit"]).map((id) => ({ id, index: fieldIndex(ctx, id), kind: keyKinds[id] ?? 2 }));
    const nameIx = ctx.cc.byId.get("name")?.index ?? -1;
    const unitIx = ctx.cc.byId.get("unit")?.index ?? -1;
    const part = (kind: number, p: Parsed) => (kind === 0 ? personName(p.text).toLowerCase() : kind === 1 ? unitKey(p.norm) : p.norm);
    const seen = new Map<string, number>(); // key -> first place
    // with a birth-date column, one name can be several people: the people of a key, each with its birth
    // (two "Nguyễn Văn An" of one unit born in 1980 and 1992 are two nominees, not a duplicate)
    const people = new Map<string, { at: number; birth: [number, number] | null }[]>();
    const byName = keys.some((k) => k.id === "name");
    const counts = new Map<string, number>(); // key -> times seen, for repeated keys only
    const repeats: Repeat[] = [];
    const sheets: SheetState[] = [];
    const text = (vals: Parsed[], i: number) => (i >= 0 ? (vals[i]?.text ?? "") : "");
    return {
      rule,
      needs: () => [...keys.map((k) => k.id), ...whenFields(rule)],
      row(r) {
        if (!holds(when, r.vals)) return;
        let key = "";
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i] as (typeof keys)[number];
          const p = r.vals[k.index] as Parsed;
          if (p.empty) return;
          key += (i ? "\u0000" : "") + part(k.kind, p);
        }
        const here = r.sheet.index * ROWS + r.row;
        const birthCol = byName ? (r.sheet.layout.columns["birthDate"] ?? 0) : 0;
        let first: number | undefined;
        if (birthCol > 0) {
          const v = r.sheet.grid.value(r.row, birthCol);
          const birth = typeof v === "string" || typeof v === "number" ? birthSpan(v) : null;
          const list = people.get(key);
          const same = list?.find((p) => sameBirth(p.birth, birth));
          if (!same) {
            if (list) list.push({ at: here, birth });
            else people.set(key, [{ at: here, birth }]);
            return;
          }
          first = same.at;
          key += `\u0000#${first}`; // this person's repeats, counted apart from a namesake's
        } else {
          first = seen.get(key);
          if (first === undefined) {
            seen.set(key, here);
            return;
          }
        }
        const n = (counts.get(key) ?? 1) + 1;
        counts.set(key, n);
        repeats.push({ first, at: here, name: text(r.vals, nameIx), unit: text(r.vals, unitIx), occurrence: n, key });
      },
      sheet(s) {
        sheets[s.index] = s;
      },
      end() {
        for (const x of repeats) {
          const d = { sheet: sheets[Math.floor(x.at / ROWS)] as SheetState, row: x.at % ROWS };
          const f = { sheet: sheets[Math.floor(x.first / ROWS)] as SheetState, row: x.first % ROWS };
          const where = f.sheet === d.sheet ? "" : ` (${f.sheet.file !== undefined && f.sheet.file !== d.sheet.file ? `${f.sheet.file}, ` : ""}${f.sheet.name})`;
          ctx.sink.add(rule, {
            code: "duplicate",
            sheet: d.sheet,
            row: d.row,
            field: keys[0]?.id ?? "name",
            rows: [f.row, d.row],
            locations: [locate(f.sheet, f.row), locate(d.sheet, d.row)],
            data: {
              name: x.name,
              unit: x.unit,
              unitPart: x.unit ? ` (${x.unit})` : "",
              firstRow: f.row,
              firstWhere: where,
              firstSheet: f.sheet.name,
              ...(f.sheet.file !== undefined ? { firstFile: f.sheet.file } : {}),
              occurrence: x.occurrence,
              occurrences: counts.get(x.key) ?? x.occurrence,
            },
          });
        }
      },
    };
  },
});

function locate(s: SheetState, row: number) {
  return { ...(s.file !== undefined ? { file: s.file } : {}), sheet: s.name, row };
}
