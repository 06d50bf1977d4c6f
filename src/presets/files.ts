// the built-in campaigns' rule files as shipped (no defaults filled in), in the contract's order
import kienGiang2021 from "./kien-giang-2021-covid.json" with { type: "json" };
import konTum2021 from "./kon-tum-snv-2021-covid.json" with { type: "json" };
import hungYen2021 from "./hung-yen-2021-covid.json" with { type: "json" };
import kienGiang2019 from "./kien-giang-2019-party-congress.json" with { type: "json" };
import tuyenQuang2021 from "./tuyen-quang-2021-covid.json" with { type: "json" };
import luatTdkt2022 from "./luat-tdkt-2022.json" with { type: "json" };

export const RULE_FILES: readonly [file: string, json: unknown][] = [
  ["kien-giang-2021-covid.json", kienGiang2021],
  ["kon-tum-snv-2021-covid.json", konTum2021],
  ["hung-yen-2021-covid.json", hungYen2021],
  ["kien-giang-2019-party-congress.json", kienGiang2019],
  ["tuyen-quang-2021-covid.json", tuyenQuang2021],
  ["luat-tdkt-2022.json", luatTdkt2022],
];

