// a parsed campaign made ready for fast checking: fields, vocabularies, unit groups, conditions
import type { Campaign, Condition, FieldType, Rule, VocabEntry } from "./schema.js";
import type { Lang, Localized } from "../types.js";
import { BUILTIN_FIELDS } from "./fields.js";
import { BUILTIN_VALUES } from "./vocab.js";
import { compileGlob, type Glob } from "../text/glob.js";
import { normalizeText } from "../text/normalize.js";
import { unitKey } from "../text/unit.js";
import { ruleFields } from "../rules/registry.js";

export interface CompiledField {
  id: string;
  index: number;
  type: FieldType;
  label: Localized;
  headers: string[]; // as written
  keys: string[]; // normalised headers
  /** normalised generic headers: weak evidence even as the whole header */
  weak: Set<string>;
  /** normalised phrases that rule this field out when a header holds them */
  not: string[];
}

export interface Vocab {
  entries: VocabEntry[];
  exact: Map<string, string>;
  prefixes: [string, string][]; // longest first
}

export interface CompiledGroup {
  id: string;
  label: Localized;
  units: Set<string>;
  patterns: Glob[];
  values: Set<string>;
}

export interface CompiledCondition {
  field: number;
  fieldId: string;
  any: boolean; // "*": any non-empty value
  values: Set<string>; // vocabulary ids and normalised literals
}

export interface CompiledCampaign {
  campaign: Campaign;
  fields: CompiledField[];
  byId: Map<string, CompiledField>;
  vocab: Map<string, Vocab>;
  groups: CompiledGroup[];
  rules: Rule[];
}

function mergeVocab(builtin: readonly VocabEntry[], own: readonly VocabEntry[]): VocabEntry[] {
  const byId = new Map(builtin.map((e) => [e.id, e] as const));
  for (const e of own) byId.set(e.id, e);
  return [...byId.values()];
}

function buildVocab(entries: VocabEntry[]): Vocab {
  const exact = new Map<string, string>();
  for (const e of entries) {
    for (const s of [e.id, e.label.vi, e.label.en, ...e.synonyms]) {
      const k = normalizeText(s);
      if (k && !exact.has(k)) exact.set(k, e.id);
    }
  }
  const prefixes = [...exact.entries()].filter(([k]) => k.length >= 4).sort((a, b) => b[0].length - a[0].length);
  return { entries, exact, prefixes };
}

/** the vocabulary id a value means, or null */
export function matchVocab(v: Vocab, norm: string): string | null {
  const hit = v.exact.get(norm);
  if (hit !== undefined) return hit;
  for (const [k, id] of v.prefixes) if (norm.startsWith(k) && norm.charCodeAt(k.length) === 32) return id;
  return null;
}

export function compileCampaign(campaign: Campaign): CompiledCampaign {
  const fields: CompiledField[] = [];
  const byId = new Map<string, CompiledField>();
  const add = (id: string, type: FieldType, label: Localized, headers: string[]) => {
    const prev = byId.get(id);
    if (prev) {
      prev.type = type;
      prev.label = label;
      prev.headers = [...headers, ...prev.headers];
      prev.keys = prev.headers.map(normalizeText);
      return;
    }
    const f: CompiledField = { id, index: fields.length, type, label, headers, keys: headers.map(normalizeText), weak: new Set(), not: [] };
    fields.push(f);
    byId.set(id, f);
  };
  for (const f of BUILTIN_FIELDS) {
    add(f.id, f.type, f.label, [...f.headers]);
    const cf = byId.get(f.id) as CompiledField;
    cf.weak = new Set((f.weak ?? []).map(normalizeText));
    cf.not = (f.not ?? []).map(normalizeText);
  }
  for (const f of campaign.fields) {
    const prev = byId.get(f.id);
    add(f.id, f.type ?? prev?.type ?? "text", f.label ?? prev?.label ?? { vi: f.id, en: f.id }, f.headers);
  }
  const vocab = new Map<string, Vocab>();
  const vocabFields = new Set([...Object.keys(BUILTIN_VALUES), ...Object.keys(campaign.values)]);
  for (const id of vocabFields) {
    vocab.set(id, buildVocab(mergeVocab(BUILTIN_VALUES[id] ?? [], campaign.values[id] ?? [])));
    if (!byId.has(id)) add(id, "choice", { vi: id, en: id }, []);
  }
  const groups = campaign.unitGroups.map((g) => ({
    id: g.id,
    label: g.label,
    units: new Set(g.units.map((u) => unitKey(normalizeText(u)))),
    patterns: g.patterns.map(compileGlob),
    values: new Set([g.id, g.label.vi, g.label.en, ...g.values].map(normalizeText)),
  }));
  // fields a rule names but nobody declared: plain text
  for (const r of campaign.rules) for (const id of ruleFields(r)) if (!byId.has(id)) add(id, "text", { vi: id, en: id }, []);
  return { campaign, fields, byId, vocab, groups, rules: campaign.rules };
}

export function compileCondition(cc: CompiledCampaign, when: Condition | undefined): CompiledCondition[] {
  if (!when) return [];
  return Object.entries(when).map(([fieldId, v]) => {
    const list = Array.isArray(v) ? v : [v];
    const f = cc.byId.get(fieldId);
    if (!f) throw new Error(`unknown field ${fieldId}`);
    const voc = cc.vocab.get(fieldId);
    const values = new Set<string>();
    for (const s of list) {
      values.add(s);
      const n = normalizeText(s);
      values.add(n);
      const id = voc ? matchVocab(voc, n) : null;
      if (id) values.add(id);
    }
    return { field: f.index, fieldId, any: list.includes("*"), values };
  });
}

export function fieldLabel(cc: CompiledCampaign, id: string, lang: Lang): string {
  return cc.byId.get(id)?.label[lang] ?? id;
}

export function vocabLabel(cc: CompiledCampaign, field: string, id: string, lang: Lang): string {
  const e = cc.vocab.get(field)?.entries.find((x) => x.id === id);
  return e ? e.label[lang] : id;
}

/** a unit's group: named in the plan, then the unit-group column, then name patterns; `key` is unitKey() */
export function resolveGroup(cc: CompiledCampaign, key: string, groupNorm: string | null, norm = key): CompiledGroup | null {
  for (const g of cc.groups) if (g.units.has(key)) return g;
  if (groupNorm) for (const g of cc.groups) if (g.values.has(groupNorm)) return g;
  for (const g of cc.groups) for (const p of g.patterns) if (p.test(key) || p.test(norm)) return g;
  return null;
}

/** a vocabulary entry named anywhere in a text (for section titles such as "II. KHEN THƯỞNG NHÀ HẢO TÂM") */
export function matchVocabContains(v: Vocab, norm: string): string | null {
  const padded = " " + norm + " ";
  for (const [k, id] of v.prefixes) if (padded.includes(" " + k + " ")) return id;
  const hit = v.exact.get(norm);
  return hit ?? null;
}
