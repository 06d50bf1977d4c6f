// what still stops a save: each error named by where it is (not a JSON path), a click away from its input
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Lang } from "../../../../engine/index.js";
import type { Draft, DraftRule, Json } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { fill, type Strings } from "./strings.js";
import { fieldLabelOf } from "./vocab.js";

/** a rule named as a person reads it: its kind and what it is about ("Số lượng: Các sở, ban, ngành") */
export function ruleTitle(r: DraftRule, d: Draft, s: Strings, lang: Lang): string {
  const kind = s.kinds[r.kind] ?? r.kind;
  const field = (id: unknown) => fieldLabelOf(d, String(id), lang);
  const about = (() => {
    switch (r.kind) {
      case "allowed":
      case "period":
      case "deadline":
        return field(r["field"]);
      case "threshold":
        return [...new Set(((r["anyOf"] as Json[] | undefined) ?? []).map((c) => field(c["field"])))].join(" / ");
      case "quota":
        return ((r["limits"] as Json[] | undefined) ?? [])
          .map((l) => {
            const g = d.unitGroups.find((x) => x["id"] === l["group"]);
            return (g?.["label"] as Record<Lang, string> | undefined)?.[lang] || String(l["group"]);
          })
          .join(", ");
      case "required":
      case "duplicate":
        return "";
      default:
        return (r["description"] as Record<Lang, string> | undefined)?.[lang] ?? r.id;
    }
  })();
  return about ? `${kind}: ${about}` : kind;
}

/** "$.rules[3].anyOf[0].min" -> the rule it belongs to, or the section */
export function whereOf(path: string, d: Draft, s: Strings, lang: Lang): string {
  const rule = /^\$\.rules\[(\d+)\]/.exec(path);
  if (rule) {
    const r = d.rules[Number(rule[1])];
    return r ? ruleTitle(r, d, s, lang) : s.sections.other;
  }
  if (path.startsWith("$.unitGroups")) return s.sections.quotas;
  if (path.startsWith("$.values")) return s.sections.who;
  if (path.startsWith("$.fields")) return s.sections.columns;
  return s.sections.plan;
}

const SECTION_OF_KIND: Record<string, string> = { threshold: "thresholds", quota: "quotas", period: "dates", deadline: "dates", required: "columns", duplicate: "columns" };

/** the editor section an error's input is in */
export function sectionOf(path: string, d: Draft, edited: Set<number>): string {
  const rule = /^\$\.rules\[(\d+)\]/.exec(path);
  if (rule) {
    const i = Number(rule[1]);
    const r = d.rules[i];
    if (!r || !edited.has(i)) return "other";
    return r.kind === "allowed" ? "who" : (SECTION_OF_KIND[r.kind] ?? "other");
  }
  if (path.startsWith("$.unitGroups")) return "quotas";
  if (path.startsWith("$.values")) return "who";
  if (path.startsWith("$.fields")) return "columns";
  return "plan";
}

/** focuses the input for a path, or the nearest one above it */
function focusPath(path: string): void {
  for (let p = path; p.length > 1; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "")) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (el) {
      const target = el.matches("input,textarea,button,[tabindex]") ? el : (el.querySelector<HTMLElement>("input,textarea,button") ?? el);
      target.scrollIntoView({ block: "center" });
      target.focus();
      return;
    }
  }
}

/** folded to one line under the buttons, so that at 350 px the form keeps the screen */
export function ErrorSummary({ errors, draft, s, lang, onGo }: { errors: Map<string, string>; draft: Draft; s: Strings; lang: Lang; onGo: (path: string) => void }) {
  const styles = useEditorStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          <Button appearance="transparent" size="small" className={styles.linkButton} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {(open ? "▾ " : "▸ ") + fill(s.actions.errors, { n: errors.size })}
          </Button>
        </MessageBarTitle>
        <ul id={listId} className={styles.errorList} hidden={!open}>
          {open &&
            [...errors].slice(0, 30).map(([path, message]) => (
              <li key={path}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.linkButton}
                  onClick={() => {
                    onGo(path);
                    setTimeout(() => focusPath(path), 0);
                  }}
                >
                  {fill(s.errorAt, { where: whereOf(path, draft, s, lang), message })}
                </Button>
              </li>
            ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
