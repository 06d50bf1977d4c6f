// findings grouped by severity, code or unit, with counts; a click selects the finding's cell
import { useCallback, useMemo, useState } from "react";
import { duplicateKey, duplicateSets, type DuplicateSet, type Finding, type Severity } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";

export type GroupBy = "severity" | "code" | "unit";

export interface FindingGroup {
  key: string;
  label: string;
  severity: Severity;
  findings: Finding[];
  /** what the group lists: findings, with a nominee listed three times or more as one entry */
  items: FindingItem[];
}

export type FindingItem = { kind: "finding"; finding: Finding } | { kind: "repeats"; set: DuplicateSet };

/** a set of duplicates reads as one entry once it holds two later listings or more (three listings) */
const SET_FROM = 2;

/** a group's entries in its order: each big set of duplicates once, where its first finding stood */
export function groupItems(findings: readonly Finding[]): FindingItem[] {
  const sets = new Map(duplicateSets(findings).filter((d) => d.later.length >= SET_FROM).map((d) => [d.key, d]));
  const items: FindingItem[] = [];
  for (const f of findings) {
    const key = duplicateKey(f);
    const set = key === null ? undefined : sets.get(key);
    if (!set) items.push({ kind: "finding", finding: f });
    else if (set.later[0] === f) items.push({ kind: "repeats", set });
  }
  return items;
}

/** the first listing of a set as a finding to select: same column, the first row and sheet */
export function firstListing(set: DuplicateSet): Finding {
  const { cell: _own, ...f } = set.later[0] as Finding;
  return { ...f, sheet: set.first.sheet, row: set.first.row, ...(f.column ? { cell: `${f.column}${set.first.row}` } : {}) };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** the cell a finding points at, if any: its own cell, or its column on its first row */
export function targetCell(f: Finding): string | null {
  if (f.cell) return f.cell;
  if (f.column && f.row) return `${f.column}${f.row}`;
  if (f.row) return `A${f.row}`;
  return null;
}

export function useFindings(findings: readonly Finding[]) {
  const { port, t } = usePane();
  const [groupBy, setGroupBy] = useState<GroupBy>("severity");
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const groups = useMemo(() => {
    const map = new Map<string, FindingGroup>();
    for (const f of findings) {
      const key = groupBy === "severity" ? f.severity : groupBy === "code" ? f.code : f.unit ?? "";
      const label =
        groupBy === "severity" ? t(`severity.${f.severity}`) : groupBy === "code" ? t(`codes.${f.code}`) : f.unit || t("findings.noUnit");
      const g = map.get(key);
      if (g) {
        g.findings.push(f);
        if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
      } else map.set(key, { key, label, severity: f.severity, findings: [f], items: [] });
    }
    for (const g of map.values()) g.items = groupItems(g.findings);
    return [...map.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.findings.length - a.findings.length || a.label.localeCompare(b.label));
  }, [findings, groupBy, t]);

  const select = useCallback(
    async (f: Finding) => {
      const cell = targetCell(f);
      if (!cell) return;
      setError(null);
      setSelected(`${f.sheet}!${cell}`);
      try {
        await port.selectCell(f.sheet, cell);
      } catch (e) {
        setError(describeError(e, t));
      }
    },
    [port, t],
  );

  return { groupBy, setGroupBy, groups, select, selected, error };
}
