import { makeStyles, tokens } from "@fluentui/react-components";

export const useQuotaTableStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
  // the status words ("Chưa đủ định mức tối thiểu") may wrap: a 350 px pane has no room for them on one line
  status: { width: "7.5em" },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "start" },
  unit: { whiteSpace: "normal", wordBreak: "break-word" },
  none: { color: tokens.colorNeutralForeground3 },
});
