import { makeStyles, tokens } from "@fluentui/react-components";

export const useCampaignPickerStyles = makeStyles({
  dropdown: { minWidth: "0", width: "100%" },
  option: { whiteSpace: "normal" },
  full: { color: tokens.colorNeutralForeground2 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  file: { display: "none" },
});
