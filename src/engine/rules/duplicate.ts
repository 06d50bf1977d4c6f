// the same nominee (normalised name and unit) listed more than once, across every sheet and file checked
import type { z } from "zod";
import type { duplicateRule } from "../campaign/schema.js";
import { cleanText, normalizeText } from "../text/normalize.js";
import { personName } from "../text/person.js";
import { unitKey } from "../text/unit.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner, type SheetState } from "./context.js";
import type { Parsed } from "../values/parse.js";
import { ValueMemo } from "./memo.js";

// lowercase table for the BMP up to U+1FFF (Latin, Vietnamese U+1EA0–1EF9)
const LOWER = new Uint16Array(0x2000);
for (let c = 0; c < LOWER.length; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 16777619;

function lower(c: number): number {
  return c < 0x2000 ? (LOWER[c] as number) : c;
}

/** FNV-1a over the key's text, lowercased on the fly, two UTF-16 units a step: no strings made per row */
function hashOf(s: string): number {
  let h = FNV_SEED;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (lower(s.charCodeAt(i)) | (lower(s.charCodeAt(i + 1)) << 16)), FNV_PRIME);
  if (i < n) h = Math.imul(h ^ lower(s.charCodeAt(i)), FNV_PRIME);
  return Math.imul(h ^ n, FNV_PRIME);
}

/** hashes seen twice or more in a sorted list: equal neighbours */
function repeatedHashes(sorted: Uint32Array): Set<number> {
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i] as number);
  return repeated;
}

/** indexes of the hashes in the set, in order */
function withHashIn(hashes: Uint32Array, set: Set<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < hashes.length; i++) if (set.has(hashes[i] as number)) out.push(i);
  return out;
}

/** where a row is: sheet index and row number in one number */
const ROW_BITS = 2 ** 21;

export function duplicateRunner(ctx: Ctx, rule: z.output<typeof duplicateRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  // kind 0: a name (keeps accents, Lê ≠ Lệ); 1: a unit (one key however written); 2: anything else, loosely
  const keys = (rule.keys ?? ["name", "unit"]).map((id) => {
    const kind = id === "name" ? 0 : id === "unit" ? 1 : 2;
    // each part hashed on its own, once per distinct value (units repeat, names seldom do)
    // names compared as people: "Ông Trương Quang Sáng" and "Trương Quang Sáng" are one
    const hash = new ValueMemo((p) => hashOf(kind === 0 ? personName(p.text) : kind === 1 ? unitKey(p.norm) : p.norm));
    return { id, index: fieldIndex(ctx, id), kind, hash };
  });
  const sheets: SheetState[] = [];
  // every keyed row's hash and location, in growable typed arrays: no object per row
  let hashes = new Uint32Array(1024);
  let locs = new Float64Array(1024);
  let n = 0;

  /** the exact key, worked out again only for rows whose hashes met */
  const exactKey = (loc: number) => {
    const sheet = sheets[Math.floor(loc / ROW_BITS)] as SheetState;
    const row = loc % ROW_BITS;
    return keys
      .map((k) => {
        const t = sheet.grid.text(row, sheet.cols[k.index] ?? 0);
        return k.kind === 0 ? personName(t).toLowerCase() : k.kind === 1 ? unitKey(normalizeText(t)) : normalizeText(t);
      })
      .join("\u0000");
  };
  const cellText = (sheet: SheetState, row: number, field: string) => {
    const col = sheet.cols[ctx.cc.byId.get(field)?.index ?? -1] ?? 0;
    return col > 0 ? cleanText(sheet.grid.text(row, col)) : "";
  };

  return {
    rule,
    needs: () => [...keys.map((k) => k.id), ...Object.keys(rule.when ?? {})],
    row(r) {
      if (!holds(when, r.vals)) return;
      let h = FNV_SEED;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as (typeof keys)[number];
        const p = r.vals[k.index] as Parsed;
        if (p.empty) return;
        h = Math.imul(h ^ k.hash.get(p), FNV_PRIME);
      }
      if (sheets[r.sheet.index] !== r.sheet) sheets[r.sheet.index] = r.sheet;
      if (n === hashes.length) {
        const h2 = new Uint32Array(n * 2);
        h2.set(hashes);
        hashes = h2;
        const l2 = new Float64Array(n * 2);
        l2.set(locs);
        locs = l2;
      }
      hashes[n] = h >>> 0;
      locs[n] = r.sheet.index * ROW_BITS + r.row;
      n++;
    },
    end() {
      const all = hashes.subarray(0, n);
      const repeated = repeatedHashes(all.slice().sort()); // a native numeric sort of a copy
      if (repeated.size === 0) return;
      // rows sharing a hash, in sheet order, split by their exact key (hashes can collide)
      const byKey = new Map<string, number[]>();
      for (const i of withHashIn(all, repeated)) {
        const loc = locs[i] as number;
        const k = exactKey(loc);
        const g = byKey.get(k);
        if (g) g.push(loc);
        else byKey.set(k, [loc]);
      }
      for (const g of byKey.values()) if (g.length > 1) report(g);
    },
  };

  function report(locs: number[]): void {
    const at = locs.map((loc) => ({ sheet: sheets[Math.floor(loc / ROW_BITS)] as SheetState, row: loc % ROW_BITS }));
    const first = at[0] as (typeof at)[number];
    const rows = at.map((a) => a.row);
    for (const r of at.slice(1)) {
      const where =
        r.sheet === first.sheet
          ? ""
          : ` (${first.sheet.file !== undefined && first.sheet.file !== r.sheet.file ? `${first.sheet.file}, ` : ""}${first.sheet.name})`;
      const unit = cellText(r.sheet, r.row, "unit");
      ctx.sink.add(rule, {
        code: "duplicate",
        sheet: r.sheet,
        row: r.row,
        field: keys[0]?.id ?? "name",
        rows,
        locations: at.map((a) => ({ ...(a.sheet.file !== undefined ? { file: a.sheet.file } : {}), sheet: a.sheet.name, row: a.row })),
        data: { name: cellText(r.sheet, r.row, "name"), unit, unitPart: unit ? ` (${unit})` : "", firstRow: first.row, firstWhere: where },
      });
    }
  }
}
