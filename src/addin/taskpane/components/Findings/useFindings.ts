// findings grouped by severity, code or unit, with counts; a click selects the finding's cell
import { useCallback, useMemo, useState } from "react";
import type { Finding, Severity } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";

export type GroupBy = "severity" | "code" | "unit";

export interface FindingGroup {
  key: string;
  label: string;
  severity: Severity;
  findings: Finding[];
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
      } else map.set(key, { key, label, severity: f.severity, findings: [f] });
    }
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
