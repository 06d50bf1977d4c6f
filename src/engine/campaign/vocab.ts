// built-in vocabularies; a campaign's own `values` replace an entry with the same id or add to them
import type { VocabEntry } from "./schema.js";
import { YEARLY_VALUES } from "./yearly-vocab.js";

export const BUILTIN_VALUES: Readonly<Record<string, readonly VocabEntry[]>> = {
  nomineeType: [
    {
      id: "individual",
      label: { vi: "Cá nhân", en: "Individual" },
      synonyms: ["Cá nhân", "CN", "Ca nhan", "Cá nhân tiêu biểu", "CANHAN", "Khen thưởng cá nhân", "Cá nhân xuất sắc"],
    },
    {
      id: "collective",
      label: { vi: "Tập thể", en: "Collective" },
      synonyms: ["Tập thể", "TT", "Tap the", "Đơn vị", "Tập thể tiêu biểu", "TAPTHE", "Khen thưởng tập thể", "Tập thể xuất sắc"],
    },
    {
      // a nominee type of its own under Luật Thi đua, khen thưởng 2022 (../shared/spec/law.md)
      id: "household",
      label: { vi: "Hộ gia đình", en: "Household" },
      synonyms: ["Hộ gia đình", "HOGIADINH", "HGĐ", "Khen thưởng hộ gia đình", "Gia đình ông", "Gia đình bà", "Hộ ông", "Hộ bà", "Hộ gia đình ông", "Hộ gia đình bà", "Gia đình"],
    },
  ],
  awardForm: [
    {
      id: "huan-chuong-lao-dong",
      label: { vi: "Huân chương Lao động", en: "Labour Order" },
      synonyms: ["Huân chương Lao động", "HCLĐ", "HC Lao động", "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba"],
    },
    {
      id: "bk-ttcp",
      label: { vi: "Bằng khen của Thủ tướng Chính phủ", en: "Prime Minister's Certificate of Merit" },
      synonyms: ["Bằng khen của Thủ tướng Chính phủ", "Bằng khen Thủ tướng Chính phủ", "Bằng khen Thủ tướng", "BK TTCP", "BKTTCP", "BK Thủ tướng"],
    },
    { id: "co-thi-dua", label: { vi: "Cờ thi đua", en: "Emulation Flag" }, synonyms: ["Cờ thi đua", "Cờ thi đua của UBND tỉnh", "Cờ"] },
    {
      id: "bk-ubnd-tinh",
      label: { vi: "Bằng khen của Chủ tịch UBND tỉnh", en: "Provincial Chairman's Certificate of Merit" },
      synonyms: [
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Bằng khen của Chủ tịch UBND tỉnh",
        "Bằng khen Chủ tịch UBND tỉnh",
        "Bằng khen UBND tỉnh",
        "Bằng khen của UBND tỉnh",
        "BK UBND tỉnh",
        "BK CT UBND tỉnh",
        "BKUBND tỉnh",
        "BK UBND",
        "BK tỉnh",
      ],
    },
    {
      id: "giay-khen",
      label: { vi: "Giấy khen", en: "Certificate of Commendation" },
      synonyms: ["Giấy khen", "GK", "Giấy khen của Giám đốc Sở", "Giấy khen của Chủ tịch UBND huyện", "Giấy khen của Chủ tịch UBND xã"],
    },
  ],
  rewardKind: [
    { id: "adhoc", label: { vi: "Đột xuất", en: "Ad hoc" }, synonyms: ["Đột xuất", "Khen thưởng đột xuất", "Khen đột xuất"] },
    {
      id: "donor",
      label: { vi: "Nhà hảo tâm", en: "Donor" },
      synonyms: ["Nhà hảo tâm", "Đóng góp", "Nhà hảo tâm đóng góp", "Ủng hộ", "Khen thưởng nhà hảo tâm", "Hảo tâm"],
    },
    {
      id: "excellent",
      label: { vi: "Thành tích xuất sắc", en: "Excellent achievement" },
      synonyms: ["Thành tích xuất sắc", "Chuyên đề", "Thành tích xuất sắc trong phong trào thi đua", "Khen thưởng chuyên đề", "Xuất sắc", "Phong trào"],
    },
    { id: "interim", label: { vi: "Sơ kết", en: "Interim review" }, synonyms: ["Sơ kết", "Khen thưởng sơ kết"] },
    { id: "final", label: { vi: "Tổng kết", en: "Final review" }, synonyms: ["Tổng kết", "Khen thưởng tổng kết"] },
  ],
  ...YEARLY_VALUES,
};
