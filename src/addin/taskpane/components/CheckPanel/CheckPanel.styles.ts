import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckPanelStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  button: { alignSelf: "flex-start", minWidth: "8em" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  result: { fontWeight: tokens.fontWeightSemibold },
});
