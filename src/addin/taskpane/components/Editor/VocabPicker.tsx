// who may be nominated for what: ticks over a vocabulary (built-in and the campaign's own), kept as the
// campaign's `allowed` rule on that field; own entries with their other spellings
import { Badge, Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useEditorContext } from "./context.js";
import { freshId, removeAt, slug, type Draft, type DraftRule, type Json } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { CheckGroup, LinesInput, TextInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { parseLines, withName } from "./textValues.js";
import { extraBuiltins, vocabChoices } from "./vocab.js";

/** the plain "only these values" rule of a field: no condition, no name patterns */
export const mainAllowedIndex = (d: Draft, field: string) =>
  d.rules.findIndex((r) => r.kind === "allowed" && r["field"] === field && r["when"] === undefined && r["patterns"] === undefined);

/** a value the engine does not know yet (households, until it does) goes into the campaign's own values */
function withExtras(d: Draft, field: string, next: string[]): Draft {
  const missing = extraBuiltins(field).filter((e) => next.includes(e.id) && !(d.values[field] ?? []).some((o) => o["id"] === e.id));
  return missing.length ? { ...d, values: { ...d.values, [field]: [...(d.values[field] ?? []), ...missing.map((e) => ({ ...e }))] } } : d;
}

function select(d0: Draft, field: string, next: string[], ruleId: string): Draft {
  const d = withExtras(d0, field, next);
  const i = mainAllowedIndex(d, field);
  if (next.length === 0) return i < 0 ? d : removeAt(d, ["rules", i]);
  const rules = [...d.rules];
  if (i < 0) rules.push({ kind: "allowed", id: freshId(ruleId, d.rules.map((r) => r.id)), field, values: next } as DraftRule);
  else rules[i] = { ...rules[i]!, values: next };
  return { ...d, rules };
}

function OwnEntry({ field, index }: { field: string; index: number }) {
  const { s, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const e = draft.values[field]![index]!;
  const name = (e["label"] as { vi?: string } | undefined)?.vi ?? String(e["id"]);
  return (
    <div className={styles.subcard}>
      <div className={styles.cardHead}>
        <Badge appearance="tint">{s.who.ownBadge}</Badge>
        <Button
          size="small"
          appearance="subtle"
          aria-label={withName(s.who.ownRemove, name)}
          onClick={() =>
            change((d) => {
              const id = e["id"] as string;
              const next = removeAt(d, ["values", field, index]);
              const i = mainAllowedIndex(next, field);
              const values = i >= 0 ? ((next.rules[i]!["values"] as string[] | undefined) ?? []).filter((v) => v !== id) : [];
              return i >= 0 ? select(next, field, values, "") : next;
            })
          }
        >
          {s.remove}
        </Button>
      </div>
      <TextInput path={["values", field, index, "label", "vi"]} label={s.who.ownLabel} required />
      <LinesInput path={["values", field, index, "synonyms"]} label={s.who.ownSynonyms} keepEmpty />
    </div>
  );
}

/** nominee types are the law's three; award forms and reward kinds a plan may add to */
export function VocabPicker({ field, label, ruleId, ownAllowed = true }: { field: string; label: string; ruleId: string; ownAllowed?: boolean }) {
  const { s, lang, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [synonyms, setSynonyms] = useState("");
  const i = mainAllowedIndex(draft, field);
  const selected = i >= 0 ? ((draft.rules[i]!["values"] as string[] | undefined) ?? []) : [];
  const choices = vocabChoices(draft, field, lang);
  const ownIndexes = (draft.values[field] ?? []).map((e, j) => ({ e, j })).filter(({ e }) => choices.find((c) => c.value === e["id"])?.own);
  const addOwn = () => {
    const label = name.trim();
    if (!label) return;
    change((d) => {
      const list = d.values[field] ?? [];
      const taken = [...vocabChoices(d, field, lang).map((c) => c.value)];
      const id = freshId(slug(label), taken);
      const entry: Json = { id, label: { vi: label, en: "" }, synonyms: [label, ...parseLines(synonyms).filter((x) => x !== label)] };
      const withEntry = { ...d, values: { ...d.values, [field]: [...list, entry] } };
      const j = mainAllowedIndex(withEntry, field);
      const now = j >= 0 ? ((withEntry.rules[j]!["values"] as string[] | undefined) ?? []) : [];
      return select(withEntry, field, [...now, id], ruleId);
    });
    setName("");
    setSynonyms("");
    setAdding(false);
  };
  const body = (
    <>
      <CheckGroup
        label={label}
        hint={s.who.noneMeansAll}
        choices={choices.map((c) => ({ value: c.value, label: c.own ? `${c.label} (${s.who.ownBadge})` : c.label }))}
        selected={selected}
        onChange={(next) => change((d) => select(d, field, next, ruleId))}
        hideLabel={i >= 0}
        {...(i >= 0 ? { errorPath: ["rules", i, "values"] } : {})}
      />
      {ownIndexes.map(({ j }) => (
        <OwnEntry key={j} field={field} index={j} />
      ))}
      {ownAllowed &&
        (adding ? (
          <div className={styles.subcard} role="group" aria-label={`${s.who.own}: ${label}`}>
            <Field label={`${s.who.own}: ${s.who.ownLabel}`}>
              <Input value={name} autoFocus onChange={(_e, d) => setName(d.value)} onKeyDown={(e) => e.key === "Enter" && addOwn()} />
            </Field>
            <Field label={s.who.ownSynonyms}>
              <Textarea value={synonyms} resize="vertical" onChange={(_e, d) => setSynonyms(d.value)} />
            </Field>
            <div className={styles.row}>
              <Button size="small" appearance="primary" onClick={addOwn} disabled={!name.trim()}>
                {s.who.ownAdd}
              </Button>
              <Button size="small" onClick={() => setAdding(false)}>
                {s.who.ownCancel}
              </Button>
            </div>
          </div>
        ) : (
          <Button size="small" className={styles.start} onClick={() => setAdding(true)} aria-label={`${s.who.own}: ${label}`}>
            {`+ ${s.who.own}`}
          </Button>
        ))}
    </>
  );
  return i >= 0 ? (
    <RuleCard index={i} title={label} removable={false}>
      {body}
    </RuleCard>
  ) : (
    <div className={styles.card}>{body}</div>
  );
}
