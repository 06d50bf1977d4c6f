import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayoutEditorStyles = makeStyles({
  pick: { display: "flex", flexDirection: "column", minWidth: 0 },
  full: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.3fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", display: "flex", flexDirection: "column" },
  by: { color: tokens.colorNeutralForeground3 },
  row: { width: "7em" },
});
