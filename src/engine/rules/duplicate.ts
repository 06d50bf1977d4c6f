// the same nominee (normalised name and unit) listed more than once, across every sheet and file checked:
// a Map on the exact key; each later occurrence is one finding, located on it, naming the first
import { nameHash, personNameOfClean, sameName } from "../text/person.js";
import { unitKey } from "../text/unit.js";
import { birthSpan, sameBirth } from "../yearly/nominee.js";
import type { Parsed } from "../values/parse.js";
import { compileWhen, fieldIndex, holds, perValue, type SheetState } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";
import { HashSlots } from "./slots.js";

interface Repeat {
  first: number; // where the key was first seen (see at())
  at: number; // this later occurrence
  name: string;
  unit: string;
  occurrence: number; // 2 for the second listing, …
  key: number; // the first listing's entry
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
    // a name as a person; a unit's (or other value's) key part worked out once per distinct value
    const partOf = keys.map((k) => (k.kind === 0 ? (vals: Parsed[]) => personNameOfClean((vals[k.index] as Parsed).text) : perValue(k.index, (p) => (k.kind === 1 ? unitKey(p.norm) : p.norm))));
    // every first listing of a key: its group (the key's other parts joined, a unit: a few of them), its name as
    // written, its place, its birth (when known), and the listing before it with the same number (nameHash and group)
    const groups = new Map<string, number>();
    const entryGroup: number[] = [];
    const entryName: string[] = [];
    const births = new Map<number, [number, number]>(); // entry -> its birth, when known
    const entryAt: number[] = [];
    const entryNext: number[] = [];
    const newest = new HashSlots(); // key number -> its newest entry
    const counts = new Map<number, number>(); // entry -> times seen, for repeated keys only
    const repeats: Repeat[] = [];
    const sheets: SheetState[] = [];
    const byName = keys.some((k) => k.id === "name");
    let birthCol = 0; // the sheet's birth-date column, when the key has the name
    const text = (vals: Parsed[], i: number) => (i >= 0 ? (vals[i]?.text ?? "") : "");
    return {
      rule,
      needs: () => [...keys.map((k) => k.id), ...whenFields(rule)],
      row(r) {
        if (!holds(when, r.vals)) return;
        let group = "";
        let name = "";
        let parts = 0;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i] as (typeof keys)[number];
          const p = r.vals[k.index] as Parsed;
          if (p.empty) return;
          const s = (partOf[i] as (vals: Parsed[]) => string)(r.vals); // a parsed value's text is clean
          if (k.kind === 0) name = s;
          else group = parts++ ? group + "\u0000" + s : s;
        }
        let g = groups.get(group);
        if (g === undefined) groups.set(group, (g = groups.size));
        const h = (nameHash(name) ^ Math.imul(g + 1, 0x9e3779b1)) >>> 2; // a small integer: the Map keeps it unboxed
        // with a birth-date column, one name can be several people: two "Nguyễn Văn An" of one unit born in 1980
        // and 1992 are two nominees, not a duplicate (a birth not known cannot tell them apart)
        let birth: [number, number] | null = null;
        if (birthCol > 0) {
          const v = r.sheet.grid.value(r.row, birthCol);
          birth = typeof v === "string" || typeof v === "number" ? birthSpan(v) : null;
        }
        // the earliest listing of the same person (entries are chained newest first)
        let same = -1;
        const slot = newest.find(h);
        const chain = newest.value(slot);
        for (let e = chain; e >= 0; e = entryNext[e] as number) {
          if (entryGroup[e] === g && sameName(entryName[e] as string, name) && (birth === null || sameBirth(births.get(e) ?? null, birth))) same = e;
        }
        const here = r.sheet.index * ROWS + r.row;
        if (same < 0) {
          entryNext.push(chain);
          newest.put(slot, h, entryAt.length);
          entryAt.push(here);
          entryGroup.push(g);
          entryName.push(name);
          if (birth !== null) births.set(entryAt.length - 1, birth);
          return;
        }
        const n = (counts.get(same) ?? 1) + 1;
        counts.set(same, n);
        repeats.push({ first: entryAt[same] as number, at: here, name: text(r.vals, nameIx), unit: text(r.vals, unitIx), occurrence: n, key: same });
      },
      sheet(s) {
        sheets[s.index] = s;
        birthCol = byName ? (s.layout.columns["birthDate"] ?? 0) : 0;
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
