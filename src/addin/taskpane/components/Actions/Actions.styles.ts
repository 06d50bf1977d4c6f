import { makeStyles, tokens } from "@fluentui/react-components";

export const useActionsStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
