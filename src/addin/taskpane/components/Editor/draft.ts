// the editor's draft: the rule file itself as plain JSON, edited in place by path, so that every rule —
// also those of kinds the editor has no form for — goes back into the file unchanged
import type { Campaign } from "../../../../engine/index.js";

export type Json = Record<string, unknown>;
export type Path = (string | number)[];

export interface DraftRule extends Json {
  kind: string;
  id: string;
}

export interface Draft extends Json {
  id: string;
  name: { vi: string; en: string };
  plan: Json & { title: string };
  fields: Json[];
  values: Record<string, Json[]>;
  unitGroups: Json[];
  rules: DraftRule[];
}

export const blankDraft = (): Draft => ({
  id: "",
  name: { vi: "", en: "" },
  plan: { title: "" },
  fields: [],
  values: {},
  unitGroups: [],
  rules: [
    { kind: "required", id: "bat-buoc", fields: ["name", "unit", "awardForm"] },
    { kind: "duplicate", id: "trung-lap" },
  ],
});

/** a campaign (parsed or as written) as a draft; a deep copy, with the parts the form needs present */
export function draftOf(c: Campaign | Json): Draft {
  const j = JSON.parse(JSON.stringify(c)) as Json;
  delete j["$schema"];
  return {
    ...j,
    id: typeof j["id"] === "string" ? j["id"] : "",
    name: { vi: "", en: "", ...(j["name"] as Json | undefined) } as Draft["name"],
    plan: { title: "", ...(j["plan"] as Json | undefined) },
    fields: Array.isArray(j["fields"]) ? (j["fields"] as Json[]) : [],
    values: (j["values"] as Draft["values"] | undefined) ?? {},
    unitGroups: Array.isArray(j["unitGroups"]) ? (j["unitGroups"] as Json[]) : [],
    rules: Array.isArray(j["rules"]) ? (j["rules"] as DraftRule[]) : [],
  };
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** a copy with the value at path replaced; undefined removes an object key */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path as [string | number, ...Path];
  const cur = (obj ?? (typeof k === "number" ? [] : {})) as Record<string | number, unknown>;
  const next = setIn(cur[k], rest, value);
  if (Array.isArray(cur)) {
    const a = [...cur];
    a[k as number] = next;
    return a as T;
  }
  const o = { ...cur };
  if (next === undefined) delete o[k];
  else o[k] = next;
  return o as T;
}

/** removes the item at path (an array index) */
export function removeAt<T>(obj: T, path: Path): T {
  const parent = path.slice(0, -1);
  const i = path[path.length - 1] as number;
  const arr = (getIn(obj, parent) as unknown[] | undefined) ?? [];
  return setIn(obj, parent, arr.filter((_x, j) => j !== i));
}

/** "Kế hoạch số 12" -> "ke-hoach-so-12": ids from what the user wrote */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** an id not yet in `taken`: base, base-2, base-3 … */
export function freshId(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  const b = base || "muc";
  if (!set.has(b)) return b;
  for (let i = 2; ; i++) if (!set.has(`${b}-${i}`)) return `${b}-${i}`;
}

const filled = (s: unknown) => typeof s === "string" && s.trim() !== "";

/** a localized text where the English was left empty: the Vietnamese stands in for it */
function bothLanguages(l: unknown): unknown {
  if (!l || typeof l !== "object") return l;
  const o = l as Json;
  return !filled(o["en"]) ? { ...o, en: o["vi"] ?? "" } : o;
}

/**
 * the rule file the draft stands for: English filled from Vietnamese where left empty, the plan named
 * as the seed of every quoted source; paths stay those of the draft, so schema errors land on its inputs
 */
export function ruleFile(d: Draft): Json {
  const seed = [d.plan["number"], d.plan.title].find(filled) as string | undefined;
  const rules = d.rules.map((r) => {
    let out: Json = { ...r };
    for (const k of ["description", "message"]) if (out[k] !== undefined) out[k] = bothLanguages(out[k]);
    const src = out["source"] as Json | undefined;
    if (src && !filled(src["seed"]) && seed) out = { ...out, source: { ...src, seed } };
    return out;
  });
  const values = Object.fromEntries(Object.entries(d.values).map(([f, list]) => [f, list.map((e) => ({ ...e, label: bothLanguages(e["label"]) }))]));
  return {
    ...d,
    name: bothLanguages(d.name),
    fields: d.fields.map((f) => (f["label"] ? { ...f, label: bothLanguages(f["label"]) } : f)),
    values,
    unitGroups: d.unitGroups.map((g) => ({ ...g, label: bothLanguages(g["label"]) })),
    rules,
  };
}
