// the check's hints (a list that seems to belong to another campaign): an info bar each, never an error; the
// user may switch to the campaign named with one click — the pane never switches by itself
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Hint } from "../../../../engine/index.js";
import { usePane } from "../../context.js";

export function HintBars({ hints, onUse }: { hints: readonly Hint[]; onUse?: ((campaign: string) => void) | undefined }) {
  const { t } = usePane();
  return (
    <>
      {hints.map((h, i) => (
        <MessageBar key={`${h.sheet}-${i}`} intent="info" layout="multiline" data-hint={h.campaign}>
          <MessageBarBody>
            <MessageBarTitle>{t("hint.title")}</MessageBarTitle>
            {h.message}
          </MessageBarBody>
          {onUse && (
            <MessageBarActions>
              <Button size="small" onClick={() => onUse(h.campaign)} aria-label={t("hint.useLabel", { campaign: h.campaign })}>
                {t("hint.use")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </>
  );
}
