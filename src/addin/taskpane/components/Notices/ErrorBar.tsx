// one failure, as a sentence, announced to screen readers
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { usePane } from "../../context.js";

export function ErrorBar({ text }: { text: string | null }) {
  const { t } = usePane();
  if (!text) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errors.title")}</MessageBarTitle> {text}
      </MessageBarBody>
    </MessageBar>
  );
}
