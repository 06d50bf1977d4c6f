import { makeStyles, tokens } from "@fluentui/react-components";

export const useQuotaTableStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
  status: { whiteSpace: "nowrap", width: "1%" },
  badge: { whiteSpace: "nowrap" },
  unit: { whiteSpace: "normal", wordBreak: "break-word" },
  none: { color: tokens.colorNeutralForeground3 },
});
