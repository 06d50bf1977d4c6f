import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingsStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%" },
  label: { flexGrow: 1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, flexShrink: 0 },
  message: { whiteSpace: "normal" },
  repeats: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalXL },
  againLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  cells: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  cellButton: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, padding: `0 ${tokens.spacingHorizontalXS}` },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  static: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
});
