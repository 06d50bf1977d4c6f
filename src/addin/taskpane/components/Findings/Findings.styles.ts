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
  current: { backgroundColor: tokens.colorBrandBackground2 },
  static: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
});
