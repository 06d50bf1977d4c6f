// what this Excel lacks (requirement sets checked at run time), said once at the top
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { usePane } from "../../context.js";

export function HostNotices() {
  const { port, t } = usePane();
  const { missing } = port.hostInfo();
  if (missing.length === 0) return null;
  return (
    <>
      {missing.map((m) => (
        <MessageBar key={m} intent={m === "base" ? "error" : "warning"} layout="multiline">
          <MessageBarBody>{t(`notice.${m}`)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
