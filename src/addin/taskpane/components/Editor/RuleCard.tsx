// one rule in a section: its form, then (folded) its severity, the plan's sentence and its own message
import { Button, Caption1, Field, Input, Textarea } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { useEditorContext } from "./context.js";
import { removeAt, type Json } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { ChoiceInput, fieldState } from "./inputs.js";
import { pathKey } from "./validate.js";

function RuleMeta({ index }: { index: number }) {
  const { s, draft, change, errors } = useEditorContext();
  const rule = draft.rules[index]!;
  const source = rule["source"] as Json | undefined;
  const message = rule["message"] as { vi?: string; en?: string } | undefined;
  const setRule = (key: string, v: unknown) =>
    change((d) => {
      const rules = [...d.rules];
      const r = { ...rules[index]! };
      if (v === undefined) delete r[key];
      else r[key] = v;
      rules[index] = r;
      return { ...d, rules };
    });
  const quoteErr = errors.get(pathKey(["rules", index, "source", "quote"])) ?? errors.get(pathKey(["rules", index, "source"]));
  const msgErr = errors.get(pathKey(["rules", index, "message", "vi"])) ?? errors.get(pathKey(["rules", index, "message"]));
  const severities = s.meta.severities;
  return (
    <>
      <ChoiceInput
        path={["rules", index, "severity"]}
        label={s.meta.severity}
        empty={severities.default}
        choices={(["error", "warning", "info"] as const).map((v) => ({ value: v, label: severities[v] }))}
      />
      <Field label={s.meta.quote} {...fieldState(quoteErr)}>
        <Textarea
          data-path={pathKey(["rules", index, "source", "quote"])}
          resize="vertical"
          value={(source?.["quote"] as string | undefined) ?? ""}
          onChange={(_e, d) => setRule("source", d.value.trim() === "" ? undefined : { ...source, quote: d.value })}
        />
      </Field>
      <Field label={s.meta.message} {...fieldState(msgErr, s.meta.messageHint)}>
        <Input
          data-path={pathKey(["rules", index, "message", "vi"])}
          value={message?.vi ?? ""}
          onChange={(_e, d) => setRule("message", d.value.trim() === "" ? undefined : { ...message, vi: d.value, en: message?.en || "" })}
        />
      </Field>
    </>
  );
}

export function RuleCard({ index, title, children, removable = true }: { index: number; title: string; children: ReactNode; removable?: boolean }) {
  const { s, draft, change, errors } = useEditorContext();
  const styles = useEditorStyles();
  const [open, setOpen] = useState(false);
  const metaId = useId();
  const headingId = useId();
  const rule = draft.rules[index]!;
  const own = errors.get(pathKey(["rules", index])) ?? errors.get(pathKey(["rules", index, "id"]));
  const prefix = pathKey(["rules", index]);
  const metaError = [...errors.keys()].some((k) => ["source", "message", "severity"].some((m) => k.startsWith(`${prefix}.${m}`)));
  const shown = open || metaError;
  return (
    <div className={styles.card} role="group" aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <h4 id={headingId} className={styles.cardTitle}>
          {title}
        </h4>
        {removable && (
          <Button size="small" appearance="subtle" onClick={() => change((d) => removeAt(d, ["rules", index]))} aria-label={`${s.meta.remove}: ${title}`}>
            {s.remove}
          </Button>
        )}
      </div>
      {children}
      {own && (
        <Caption1 role="alert" className={styles.error} data-path={pathKey(["rules", index])}>
          {own}
        </Caption1>
      )}
      <Button size="small" appearance="transparent" aria-expanded={shown} aria-controls={metaId} onClick={() => setOpen(!shown)} className={styles.metaToggle}>
        {(shown ? "▾ " : "▸ ") + s.meta.toggle}
      </Button>
      <div id={metaId} hidden={!shown} className={styles.meta}>
        {shown && <RuleMeta index={index} />}
      </div>
      <Caption1 className={styles.ruleId}>{rule.id}</Caption1>
    </div>
  );
}
