// vocabularies of the yearly round: emulation titles (Luật 2022, Điều 8) and the year's rating, with their short codes
import type { VocabEntry } from "./schema.js";

export const YEARLY_VALUES: Readonly<Record<string, readonly VocabEntry[]>> = {
  title: [
    {
      id: "lao-dong-tien-tien",
      label: { vi: "Lao động tiên tiến", en: "Advanced Worker" },
      synonyms: ["Lao động tiên tiến", "LĐTT", "LDTT", "Danh hiệu Lao động tiên tiến"],
    },
    { id: "chien-si-tien-tien", label: { vi: "Chiến sĩ tiên tiến", en: "Advanced Soldier" }, synonyms: ["Chiến sĩ tiên tiến", "CSTT"] },
    {
      id: "cstd-co-so",
      label: { vi: "Chiến sĩ thi đua cơ sở", en: "Grassroots Emulation Fighter" },
      synonyms: [
        "Chiến sĩ thi đua cơ sở",
        "Chiến sĩ thi đua cấp cơ sở",
        "CSTĐCS",
        "CSTDCS",
        "CSTĐ CS",
        "CSTD CS",
        "CSTĐ cơ sở",
        "CSTĐ cấp cơ sở",
        "Danh hiệu Chiến sĩ thi đua cơ sở",
      ],
    },
    {
      id: "cstd-tinh",
      label: { vi: "Chiến sĩ thi đua cấp tỉnh", en: "Provincial Emulation Fighter" },
      synonyms: [
        "Chiến sĩ thi đua cấp tỉnh",
        "Chiến sĩ thi đua tỉnh",
        "Chiến sĩ thi đua cấp Bộ, ngành, tỉnh",
        "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
        "Chiến sĩ thi đua cấp Bộ",
        "Chiến sĩ thi đua cấp ngành",
        "CSTĐ cấp tỉnh",
        "CSTĐ tỉnh",
        "CSTĐ cấp Bộ",
        "CSTĐ cấp ngành",
        "CSTĐT",
      ],
    },
    {
      id: "cstd-toan-quoc",
      label: { vi: "Chiến sĩ thi đua toàn quốc", en: "National Emulation Fighter" },
      synonyms: ["Chiến sĩ thi đua toàn quốc", "CSTĐ toàn quốc", "CSTĐTQ", "CSTDTQ"],
    },
    {
      id: "tap-the-ldtt",
      label: { vi: "Tập thể lao động tiên tiến", en: "Advanced Labour Collective" },
      synonyms: ["Tập thể lao động tiên tiến", "Tập thể LĐTT", "TT LĐTT", "TTLĐTT", "TTLDTT", "Danh hiệu Tập thể lao động tiên tiến"],
    },
    {
      id: "tap-the-ldxs",
      label: { vi: "Tập thể lao động xuất sắc", en: "Excellent Labour Collective" },
      synonyms: ["Tập thể lao động xuất sắc", "Tập thể LĐXS", "TT LĐXS", "TTLĐXS", "TTLDXS", "Danh hiệu Tập thể lao động xuất sắc"],
    },
    {
      id: "co-thi-dua",
      label: { vi: "Cờ thi đua", en: "Emulation Flag" },
      synonyms: ["Cờ thi đua", "Cờ thi đua của UBND tỉnh", "Cờ thi đua cấp tỉnh", "Cờ thi đua của Chính phủ", "Cờ thi đua của Chủ tịch UBND tỉnh"],
    },
  ],
  rating: [
    {
      id: "htxsnv",
      label: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Excellent completion of duties" },
      synonyms: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc", "HTXSNV", "HTXS NV", "HTXS", "Xuất sắc"],
    },
    {
      id: "httnv",
      label: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good completion of duties" },
      synonyms: ["Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt", "HTTNV", "HTT NV", "HTT", "Tốt"],
    },
    {
      id: "htnv",
      label: { vi: "Hoàn thành nhiệm vụ", en: "Completion of duties" },
      synonyms: ["Hoàn thành nhiệm vụ", "HTNV", "HT NV", "Hoàn thành", "HT"],
    },
    {
      id: "khtnv",
      label: { vi: "Không hoàn thành nhiệm vụ", en: "Duties not completed" },
      synonyms: ["Không hoàn thành nhiệm vụ", "Không hoàn thành", "KHTNV", "Không HTNV", "Chưa hoàn thành nhiệm vụ"],
    },
  ],
};
