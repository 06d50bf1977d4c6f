import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetPickerStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "end", columnGap: tokens.spacingHorizontalXS },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  refresh: { minWidth: "32px" },
});
