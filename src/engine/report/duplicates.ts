// duplicate findings gathered into sets: one set per nominee (its first listing), holding every later
// listing's finding. The summary sheet prints one line per set and the pane one entry per set, so a
// nominee submitted a thousand times reads as one line, not a thousand.
import type { Finding, RowLocation } from "../types.js";

export interface DuplicateSet {
  /** the same for every finding of the set (first listing and rule) */
  key: string;
  name: string;
  unit: string;
  /** where the nominee is first listed */
  first: RowLocation;
  /** the findings of the later listings, in report order */
  later: Finding[];
}

/** the first listing of a duplicate finding: its first location, else its first counted row */
function firstOf(f: Finding): RowLocation {
  return f.locations?.[0] ?? { ...(f.file !== undefined ? { file: f.file } : {}), sheet: f.sheet, row: f.rows?.[0] ?? f.row ?? 0 };
}

/** the set a duplicate finding belongs to, or null for any other finding */
export function duplicateKey(f: Finding): string | null {
  if (f.code !== "duplicate" || f.row === undefined) return null;
  const first = firstOf(f);
  return `${first.file ?? ""}\u0000${first.sheet}\u0000${first.row}\u0000${f.rule}`;
}

/** duplicate findings grouped by their first listing, in the order the sets first appear */
export function duplicateSets(findings: readonly Finding[]): DuplicateSet[] {
  const sets = new Map<string, DuplicateSet>();
  for (const f of findings) {
    const key = duplicateKey(f);
    if (key === null) continue;
    let s = sets.get(key);
    if (!s) sets.set(key, (s = { key, name: String(f.data["name"] ?? ""), unit: String(f.data["unit"] ?? ""), first: firstOf(f), later: [] }));
    s.later.push(f);
  }
  return [...sets.values()];
}
