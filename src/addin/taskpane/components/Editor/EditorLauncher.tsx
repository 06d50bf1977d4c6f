// the two ways into the editor, beside the campaign picker; the editor itself loads only when asked for
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../../../engine/index.js";
import { useSectionStyles } from "../section.styles.js";

const LABELS: Record<Lang, { create: string; edit: string; group: string }> = {
  vi: { create: "Tạo kế hoạch mới", edit: "Sửa kế hoạch", group: "Soạn kế hoạch thi đua" },
  en: { create: "New campaign", edit: "Edit campaign", group: "Campaign editor" },
};

export function EditorLauncher({ lang, canEdit, onOpen }: { lang: Lang; canEdit: boolean; onOpen: (edit: boolean) => void }) {
  const s = useSectionStyles();
  const l = LABELS[lang];
  return (
    <div className={s.row} role="group" aria-label={l.group}>
      <Button size="small" onClick={() => onOpen(false)}>
        {l.create}
      </Button>
      <Button size="small" disabled={!canEdit} onClick={() => onOpen(true)}>
        {l.edit}
      </Button>
    </div>
  );
}
