// "Số lượng theo đơn vị": each proposing unit's count against its quota
import { Badge, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useId } from "react";
import type { Lang, UnitSummary } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { formatNumber } from "../../i18n/index.js";
import { useSectionStyles } from "../section.styles.js";
import { useQuotaTableStyles } from "./QuotaTable.styles.js";

const COLOR = { ok: "success", over: "danger", under: "warning", exempt: "subtle", "no-quota": "informative" } as const;

function limit(u: UnitSummary, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  if (u.min !== null && u.max !== null) return `${n(u.min)}–${n(u.max)}`;
  if (u.max !== null) return `≤ ${n(u.max)}`;
  if (u.min !== null) return `≥ ${n(u.min)}`;
  return "—";
}

export function QuotaTable({ units }: { units: readonly UnitSummary[] }) {
  const { t, lang } = usePane();
  const s = useSectionStyles();
  const styles = useQuotaTableStyles();
  const headingId = useId();
  // units whose every row is exempt (ad hoc, donors) have nothing to count against a quota
  const withQuota = units.filter((u) => u.status !== "exempt" && (u.min !== null || u.max !== null || u.status === "over" || u.status === "under"));
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t("quota.heading")}
      </h2>
      {withQuota.length === 0 ? (
        <Caption1 className={styles.none}>{t("quota.none")}</Caption1>
      ) : (
        <Table size="small" className={styles.table} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("quota.unit")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t("quota.counted")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t("quota.limit")}</TableHeaderCell>
              <TableHeaderCell className={styles.status}>{t("quota.status")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {withQuota.map((u) => (
              <TableRow key={`${u.sheet ?? ""}|${u.unit}`}>
                <TableCell className={styles.unit}>{u.unit}</TableCell>
                <TableCell className={styles.num}>{formatNumber(u.counted, lang)}</TableCell>
                <TableCell className={styles.num}>{limit(u, lang)}</TableCell>
                <TableCell className={styles.status}>
                  <Badge className={styles.badge} appearance="tint" color={COLOR[u.status]}>
                    {t(`quota.${u.status}`)}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
