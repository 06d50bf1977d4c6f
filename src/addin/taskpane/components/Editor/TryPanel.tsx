// the draft tried on the sheet: per rule, how many rows it flags
import { Caption1 } from "@fluentui/react-components";
import type { Lang } from "../../../../engine/index.js";
import type { Draft } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { ruleTitle } from "./ErrorSummary.js";
import { fill, type Strings } from "./strings.js";
import type { TryResult } from "./tryOut.js";

export function TryPanel({ result, draft, s, lang }: { result: TryResult; draft: Draft; s: Strings; lang: Lang }) {
  const styles = useEditorStyles();
  const fmt = (n: number) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
  const caption = fill(s.tryResult.heading, { sheet: result.sheet, rows: fmt(result.rows) });
  const ruleName = (id: string) => {
    const r = draft.rules.find((x) => x.id === id);
    return r ? ruleTitle(r, draft, s, lang) : (s.kinds[id] ?? id);
  };
  return (
    <table className={styles.table} aria-label={caption}>
      <caption>
        <Caption1 className={styles.strong}>{caption}</Caption1>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: "left" }}>
            {s.tryResult.rule}
          </th>
          <th scope="col" className={styles.num}>
            {s.tryResult.rows}
          </th>
        </tr>
      </thead>
      <tbody>
        {result.tallies.map((t) => (
          <tr key={t.rule}>
            <th scope="row" style={{ textAlign: "left", fontWeight: "normal" }}>
              {ruleName(t.rule)}
            </th>
            <td className={styles.num}>
              {fmt(t.rows)}
              {t.sheetWide > 0 ? ` + ${s.tryResult.sheetWide}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
