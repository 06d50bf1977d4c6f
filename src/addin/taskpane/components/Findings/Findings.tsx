// "Kết quả kiểm tra": grouped findings with counts; each cell finding is a button that selects its cell
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  mergeClasses,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { DuplicateSet, Finding } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { formatNumber } from "../../i18n/index.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useFindingsStyles } from "./Findings.styles.js";
import { firstListing, type FindingGroup, type GroupBy, targetCell, useFindings } from "./useFindings.js";

const PAGE = 100;
const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export function Findings({ findings, focusKey = 0 }: { findings: readonly Finding[]; focusKey?: number }) {
  const { t } = usePane();
  const s = useSectionStyles();
  const view = useFindings(findings);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // a new check's result: keyboard and screen reader land on it (a live re-check while the user types in
  // Excel must not take the focus away)
  useEffect(() => heading.current?.focus(), [focusKey]);
  if (findings.length === 0) return null;
  return (
    <section className={s.section} aria-labelledby={headingId} onKeyDown={moveThroughFindings}>
      <h2 id={headingId} ref={heading} className={s.heading} tabIndex={-1}>
        {t("findings.heading")}
      </h2>
      <TabList size="small" selectedValue={view.groupBy} onTabSelect={(_e, d) => view.setGroupBy(d.value as GroupBy)} aria-label={t("findings.groupBy")}>
        <Tab value="severity">{t("findings.bySeverity")}</Tab>
        <Tab value="code">{t("findings.byCode")}</Tab>
        <Tab value="unit">{t("findings.byUnit")}</Tab>
      </TabList>
      <Accordion multiple collapsible defaultOpenItems={view.groups[0] ? [view.groups[0].key] : []} key={view.groupBy}>
        {view.groups.map((g) => (
          <Group key={g.key} group={g} selected={view.selected} onSelect={(f) => void view.select(f)} />
        ))}
      </Accordion>
      <ErrorBar text={view.error} />
    </section>
  );
}

/** ArrowDown / ArrowUp move between the findings shown (Enter on one selects its cell) */
function moveThroughFindings(e: React.KeyboardEvent<HTMLElement>): void {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const target = e.target as HTMLElement;
  if (!target.hasAttribute("data-finding")) return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>("[data-finding]")];
  const next = all[all.indexOf(target) + (e.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

function Group({ group, selected, onSelect }: { group: FindingGroup; selected: string | null; onSelect: (f: Finding) => void }) {
  const { t, lang } = usePane();
  const styles = useFindingsStyles();
  const [shown, setShown] = useState(PAGE);
  return (
    <AccordionItem value={group.key}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          <span className={styles.label}>{group.label}</span>
          <Badge appearance="filled" shape="circular" size="small" color={BADGE[group.severity]} aria-hidden>
            {formatNumber(group.findings.length, lang)}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} aria-label={`${group.label} (${formatNumber(group.findings.length, lang)})`}>
          {group.items.slice(0, shown).map((item, i) =>
            item.kind === "finding" ? (
              <FindingEntry key={i} finding={item.finding} selected={selected} onSelect={onSelect} />
            ) : (
              <RepeatsEntry key={i} set={item.set} selected={selected} onSelect={onSelect} />
            ),
          )}
        </ul>
        {group.items.length > shown && (
          <Button size="small" appearance="transparent" onClick={() => setShown(shown + PAGE * 5)}>
            {t("findings.more", { count: group.items.length - shown })}
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

interface EntryProps {
  selected: string | null;
  onSelect: (f: Finding) => void;
}

/** one finding: a button that selects its cell (or a line, for a finding on the whole sheet) */
function FindingEntry({ finding: f, selected, onSelect, text = f.message }: EntryProps & { finding: Finding; text?: string }) {
  const { t } = usePane();
  const styles = useFindingsStyles();
  const cell = targetCell(f);
  if (!cell) {
    return (
      <li className={styles.static}>
        <span className={styles.cell}>{t("findings.sheetScope")}</span>
        <span className={styles.message}>{text}</span>
      </li>
    );
  }
  const current = selected === `${f.sheet}!${cell}`;
  return (
    <li>
      <Button
        appearance="subtle"
        size="small"
        className={mergeClasses(styles.item, current && styles.current)}
        // the visible text whole in the name, after what the button does (WCAG 2.5.3, label in name)
        aria-label={t("findings.select", { cell, message: text })}
        aria-current={current ? "true" : undefined}
        data-finding=""
        onClick={() => onSelect(f)}
      >
        <span className={styles.cell}>{cell}</span> <span className={styles.message}>{text}</span>
      </Button>
    </li>
  );
}

/** how many later listings of one nominee show as cell buttons before "more" */
const CELLS = 40;

/** a nominee listed three times or more: one entry for the first listing, then the cells of the others */
function RepeatsEntry({ set, selected, onSelect }: EntryProps & { set: DuplicateSet }) {
  const { t, lang } = usePane();
  const styles = useFindingsStyles();
  const [shown, setShown] = useState(CELLS);
  const labelId = useId();
  const first = firstListing(set);
  const text = t("findings.repeats", {
    name: set.name,
    unit: set.unit ? ` (${set.unit})` : "",
    count: formatNumber(set.later.length + 1, lang),
    row: set.first.row,
  });
  return (
    <>
      <FindingEntry finding={first} text={text} selected={selected} onSelect={onSelect} />
      <li className={styles.repeats}>
        <span id={labelId} className={styles.againLabel}>
          {t("findings.againAt")}
        </span>
        <ul className={styles.cells} aria-labelledby={labelId}>
          {set.later.slice(0, shown).map((f, i) => {
            const cell = targetCell(f) as string;
            const shownCell = f.sheet === set.first.sheet ? cell : `${f.sheet}!${cell}`;
            const current = selected === `${f.sheet}!${cell}`;
            return (
              <li key={i}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={mergeClasses(styles.cellButton, current && styles.current)}
                  aria-label={t("findings.select", { cell: shownCell, message: f.message })}
                  aria-current={current ? "true" : undefined}
                  data-finding=""
                  onClick={() => onSelect(f)}
                >
                  {shownCell}
                </Button>
              </li>
            );
          })}
        </ul>
        {set.later.length > shown && (
          <Button size="small" appearance="transparent" onClick={() => setShown(shown + CELLS * 5)}>
            {t("findings.more", { count: set.later.length - shown })}
          </Button>
        )}
      </li>
    </>
  );
}
