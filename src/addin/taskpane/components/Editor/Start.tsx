// "Tạo kế hoạch mới": from a blank plan, a built-in campaign, or the one saved in this workbook
import { Button, Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Campaign, Lang } from "../../../../engine/index.js";
import type { EditorHost } from "./context.js";
import { useEditorStyles } from "./Editor.styles.js";
import type { Strings } from "./strings.js";
import type { Start as StartChoice } from "./useEditor.js";

export function Start({ host, s, lang, onStart }: { host: EditorHost; s: Strings; lang: Lang; onStart: (start: StartChoice) => void }) {
  const styles = useEditorStyles();
  const [from, setFrom] = useState<StartChoice["from"]>("blank");
  const [presets, setPresets] = useState<Campaign[]>([]);
  const [preset, setPreset] = useState<string | null>(null);
  useEffect(() => {
    void host.loadPresets().then(setPresets);
  }, [host]);
  const current = presets.find((p) => p.id === preset);
  return (
    <div className={styles.panel}>
      <RadioGroup aria-label={s.start.heading} value={from} onChange={(_e, d) => setFrom(d.value as StartChoice["from"])}>
        <Radio value="blank" label={s.start.blank} />
        <Radio value="preset" label={s.start.preset} />
        {host.loadStored && <Radio value="stored" label={s.start.stored} />}
      </RadioGroup>
      {from === "preset" && (
        <Field label={s.start.pickPreset}>
          <Dropdown value={current?.name[lang] ?? ""} selectedOptions={preset ? [preset] : []} onOptionSelect={(_e, d) => setPreset(d.optionValue ?? null)}>
            {presets.map((p) => (
              <Option key={p.id} value={p.id} text={p.name[lang]}>
                {p.name[lang]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Button
        appearance="primary"
        disabled={from === "preset" && !preset}
        onClick={() => onStart(from === "preset" ? { from, id: preset! } : from === "stored" ? { from } : { from: "blank" })}
      >
        {s.start.go}
      </Button>
    </div>
  );
}
