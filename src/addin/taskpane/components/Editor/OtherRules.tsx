// rules the editor has no form for (e.g. the yearly round's eligibility and streak rules, or an allowed
// rule with a condition): shown as they are and kept unchanged on save
import { Caption1 } from "@fluentui/react-components";
import { useEditorContext } from "./context.js";
import type { Draft } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";

const FORMS = new Set(["threshold", "quota", "period", "deadline", "allowed"]);

/** the indexes of the rules some section edits */
export function editedRules(d: Draft): Set<number> {
  const set = new Set<number>();
  d.rules.forEach((r, i) => FORMS.has(r.kind) && set.add(i));
  set.add(d.rules.findIndex((r) => r.kind === "required" && r["when"] === undefined));
  set.add(d.rules.findIndex((r) => r.kind === "duplicate"));
  set.delete(-1);
  return set;
}

export function OtherRules({ indexes }: { indexes: number[] }) {
  const { s, lang, draft } = useEditorContext();
  const styles = useEditorStyles();
  return (
    <>
      <Caption1 className={styles.hint}>{s.other.hint}</Caption1>
      {indexes.map((i) => {
        const r = draft.rules[i]!;
        const desc = (r["description"] as { vi?: string; en?: string } | undefined)?.[lang];
        return (
          <div key={i} className={styles.card} role="group" aria-label={desc ?? r.id}>
            <Caption1 className={styles.strong}>
              {s.kinds[r.kind] ?? r.kind}: {desc ?? r.id}
            </Caption1>
            <Caption1 className={styles.ruleId}>{r.id}</Caption1>
            <pre className={styles.json} tabIndex={0} aria-label={r.id}>
              {JSON.stringify(r, null, 1)}
            </pre>
          </div>
        );
      })}
    </>
  );
}
