// the editor's inputs: each edits one path of the draft and shows the schema's message for that path beside it
import { Caption1, Checkbox, Dropdown, Field, Input, Label, Option, Textarea } from "@fluentui/react-components";
import { useEffect, useId, useState, type ReactNode } from "react";
import { useEditorStyles } from "./Editor.styles.js";
import { useEditorContext } from "./context.js";
import { getIn, type Path } from "./draft.js";
import { formatAmount, formatDay, parseAmount, parseDay, parseLines } from "./textValues.js";
import { pathKey } from "./validate.js";

interface Common {
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
  /** a message of the editor's own, shown when the schema has none for this path */
  ownError?: string | undefined;
}

/** Field props for an error and a hint, leaving out what is absent (exactOptionalPropertyTypes) */
export function fieldState(message?: string, hint?: string): { validationMessage?: string; validationState?: "error"; hint?: string } {
  return { ...(message ? { validationMessage: message, validationState: "error" as const } : {}), ...(hint ? { hint } : {}) };
}

function useFieldState(path: Path, ownError?: string) {
  const { errors, shown, touch } = useEditorContext();
  const key = pathKey(path);
  return { key, field: fieldState(shown(key) ? (ownError ?? errors.get(key)) : undefined), touch: () => touch(key) };
}

/** text; emptied, an optional text leaves the file, a required one stays empty so the schema says so */
export function TextInput({ path, label, hint, required, multiline, keep }: Common & { multiline?: boolean; keep?: boolean }) {
  const styles = useEditorStyles();
  const { draft, update } = useEditorContext();
  const { key, field, touch } = useFieldState(path);
  const value = (getIn(draft, path) as string | undefined) ?? "";
  const onValue = (v: string) => {
    touch();
    update(path, v === "" && !required && !keep ? undefined : v);
  };
  return (
    <Field label={label} required={required ?? false} {...field} {...fieldState(undefined, hint)}>
      {multiline ? (
        <Textarea className={styles.control} data-path={key} value={value} resize="vertical" onBlur={touch} onChange={(_e, d) => onValue(d.value)} />
      ) : (
        <Input className={styles.control} data-path={key} value={value} onBlur={touch} onChange={(_e, d) => onValue(d.value)} />
      )}
    </Field>
  );
}

/**
 * a number as people type it ("50.000.000", "50 triệu"); text that is no number goes into the draft as
 * text, so the schema's own "needs a number" is what the user reads
 */
export function AmountInput({ path, label, hint, required }: Common) {
  const styles = useEditorStyles();
  const { draft, update, lang } = useEditorContext();
  const { key, field, touch } = useFieldState(path);
  const value = getIn(draft, path);
  const [text, setText] = useState(typeof value === "number" ? formatAmount(value, lang) : typeof value === "string" ? value : "");
  useEffect(() => {
    // the draft changed from elsewhere (import, start over): show it
    const mine = text.trim() === "" ? undefined : (parseAmount(text) ?? text);
    if (mine !== value) setText(typeof value === "number" ? formatAmount(value, lang) : typeof value === "string" ? value : "");
  }, [value]);
  return (
    <Field label={label} required={required ?? false} {...field} {...fieldState(undefined, hint)}>
      <Input
        className={styles.control}
        data-path={key}
        inputMode="decimal"
        value={text}
        onChange={(_e, d) => {
          setText(d.value);
          touch();
          update(path, d.value.trim() === "" ? undefined : (parseAmount(d.value) ?? d.value));
        }}
        onBlur={() => {
          touch();
          if (typeof value === "number") setText(formatAmount(value, lang));
        }}
      />
    </Field>
  );
}

/** a day as day/month/year; what is not a day stays in the draft as typed (the schema refuses it) */
export function DayInput({ path, label, hint, required }: Common) {
  const styles = useEditorStyles();
  const { draft, update, s } = useEditorContext();
  const value = getIn(draft, path);
  const [text, setText] = useState(typeof value === "string" ? formatDay(value) : "");
  const bad = text.trim() !== "" && parseDay(text) === null;
  const { key, field, touch } = useFieldState(path, bad ? s.dates.badDay : undefined);
  useEffect(() => {
    const mine = text.trim() === "" ? undefined : (parseDay(text) ?? text);
    if (mine !== value) setText(typeof value === "string" ? formatDay(value) : "");
  }, [value]);
  return (
    <Field label={label} required={required ?? false} {...field} {...fieldState(undefined, hint ?? s.dates.dayHint)}>
      <Input
        className={styles.control}
        data-path={key}
        value={text}
        onBlur={touch}
        onChange={(_e, d) => {
          setText(d.value);
          touch();
          update(path, d.value.trim() === "" ? undefined : (parseDay(d.value) ?? d.value));
        }}
      />
    </Field>
  );
}

/** a list, one entry a line */
export function LinesInput({ path, label, hint, keepEmpty }: Common & { keepEmpty?: boolean }) {
  const styles = useEditorStyles();
  const { draft, update } = useEditorContext();
  const { key, field, touch } = useFieldState(path);
  const value = (getIn(draft, path) as string[] | undefined) ?? [];
  const [text, setText] = useState(value.join("\n"));
  useEffect(() => {
    if (parseLines(text).join("\n") !== value.join("\n")) setText(value.join("\n"));
  }, [value.join("\n")]);
  return (
    <Field label={label} {...field} {...fieldState(undefined, hint)}>
      <Textarea
        className={styles.control}
        data-path={key}
        value={text}
        resize="vertical"
        onBlur={touch}
        onChange={(_e, d) => {
          setText(d.value);
          touch();
          const list = parseLines(d.value);
          update(path, list.length === 0 && !keepEmpty ? undefined : list);
        }}
      />
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** one of a few; `empty` is the choice that leaves the key out */
export function ChoiceInput({ path, label, hint, choices, empty }: Common & { choices: Choice[]; empty?: string }) {
  const styles = useEditorStyles();
  const { draft, update } = useEditorContext();
  const { key, field, touch } = useFieldState(path);
  const value = getIn(draft, path) as string | undefined;
  const all = empty !== undefined ? [{ value: "", label: empty }, ...choices] : choices;
  const current = all.find((c) => c.value === (value ?? ""));
  return (
    <Field label={label} {...field} {...fieldState(undefined, hint)}>
      <Dropdown
        className={styles.control}
        data-path={key}
        value={current?.label ?? value ?? ""}
        selectedOptions={[value ?? ""]}
        onOptionSelect={(_e, d) => {
          touch();
          update(path, d.optionValue === "" ? undefined : d.optionValue);
        }}
      >
        {all.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * a labelled group with its hint and message, for several controls; not a Fluent Field, which lends its
 * one control id to every control inside it (ticks inside one Field would all answer to the first label)
 */
export function Group({ label, hint, message, path, children, hideLabel }: {
  label: string;
  hint?: string;
  message?: string | undefined;
  path?: string;
  children: ReactNode;
  /** the label only for screen readers, where a heading above already says it */
  hideLabel?: boolean;
}) {
  const styles = useEditorStyles();
  const id = useId();
  const described = [hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div role="group" aria-labelledby={`${id}-label`} {...(described ? { "aria-describedby": described } : {})} data-path={path} className={styles.group}>
      <Label id={`${id}-label`} className={hideLabel ? styles.hiddenLabel : undefined}>
        {label}
      </Label>
      {children}
      {message && (
        <Caption1 id={`${id}-error`} className={styles.error}>
          {message}
        </Caption1>
      )}
      {hint && (
        <Caption1 id={`${id}-hint`} className={styles.hint}>
          {hint}
        </Caption1>
      )}
    </div>
  );
}

/** ticks for a set of ids, in a labelled group */
export function CheckGroup({ label, hint, choices, selected, onChange, errorPath, hideLabel }: {
  label: string;
  hideLabel?: boolean;
  hint?: string;
  choices: Choice[];
  selected: string[];
  onChange: (next: string[]) => void;
  errorPath?: Path;
}) {
  const { errors, shown, touch } = useEditorContext();
  const key = errorPath ? pathKey(errorPath) : undefined;
  const message = key && shown(key) ? errors.get(key) : undefined;
  return (
    <Group label={label} {...(hint ? { hint } : {})} message={message} {...(key ? { path: key } : {})} hideLabel={hideLabel ?? false}>
      {choices.map((c) => (
        <Checkbox
          key={c.value}
          label={c.label}
          checked={selected.includes(c.value)}
          onChange={(_e, d) => {
            if (key) touch(key);
            onChange(d.checked ? [...selected, c.value] : selected.filter((v) => v !== c.value));
          }}
        />
      ))}
    </Group>
  );
}
