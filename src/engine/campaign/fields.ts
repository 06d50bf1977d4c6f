// built-in fields: the contract's field ids, their value types and usual headers
import type { FieldType } from "./schema.js";
import type { Localized } from "../types.js";

export interface FieldSpec {
  id: string;
  type: FieldType;
  label: Localized;
  headers: string[];
}

export const BUILTIN_FIELDS: readonly FieldSpec[] = [
  { id: "rowNumber", type: "text", label: { vi: "STT", en: "No." }, headers: ["STT", "TT", "Số TT", "Số thứ tự"] },
  {
    id: "name",
    type: "text",
    label: { vi: "Họ và tên / Tên tập thể", en: "Nominee name" },
    headers: [
      "Họ và tên",
      "Họ tên",
      "Tên tập thể",
      "Họ và tên / Tên tập thể",
      "Họ và tên/Tên tập thể",
      "Tên tập thể, cá nhân",
      "Tên tập thể/cá nhân",
      "Tên cá nhân, tập thể",
      "Tên đơn vị, cá nhân",
    ],
  },
  {
    id: "nomineeType",
    type: "nomineeType",
    label: { vi: "Cá nhân/Tập thể", en: "Nominee type" },
    headers: ["Cá nhân/Tập thể", "Cá nhân / Tập thể", "Đối tượng", "Loại đối tượng", "CN/TT"],
  },
  {
    id: "position",
    type: "text",
    label: { vi: "Chức vụ", en: "Position" },
    headers: ["Chức vụ", "Chức vụ, đơn vị công tác", "Chức vụ, nơi công tác", "Chức vụ/Đơn vị công tác"],
  },
  {
    id: "unit",
    type: "text",
    label: { vi: "Đơn vị đề nghị", en: "Proposing unit" },
    headers: ["Đơn vị đề nghị", "Đơn vị", "Cơ quan, đơn vị", "Cơ quan đơn vị", "Cơ quan, đơn vị đề nghị", "Đơn vị trình"],
  },
  {
    id: "unitGroup",
    type: "text",
    label: { vi: "Khối", en: "Unit group" },
    headers: ["Khối", "Loại đơn vị", "Khối thi đua", "Nhóm đơn vị"],
  },
  {
    id: "awardForm",
    type: "choice",
    label: { vi: "Hình thức khen thưởng", en: "Award form" },
    headers: ["Hình thức khen thưởng", "Hình thức đề nghị", "Hình thức đề nghị khen thưởng", "Hình thức"],
  },
  {
    id: "rewardKind",
    type: "choice",
    label: { vi: "Loại khen thưởng", en: "Reward kind" },
    headers: ["Loại khen thưởng", "Diện khen thưởng", "Loại hình khen thưởng", "Diện"],
  },
  {
    id: "contribution",
    type: "money",
    label: { vi: "Giá trị đóng góp", en: "Contribution" },
    headers: [
      "Giá trị đóng góp (đồng)",
      "Giá trị đóng góp",
      "Số tiền ủng hộ",
      "Trị giá ủng hộ",
      "Số tiền đóng góp",
      "Giá trị (đồng) Đóng góp",
      "Giá trị Đóng góp",
      "Đóng góp",
    ],
  },
  {
    id: "mobilized",
    type: "money",
    label: { vi: "Giá trị vận động", en: "Mobilised value" },
    headers: [
      "Giá trị vận động (đồng)",
      "Giá trị vận động",
      "Số tiền vận động",
      "Giá trị (đồng) Vận động",
      "Vận động",
    ],
  },
  {
    id: "achievementDate",
    type: "date",
    label: { vi: "Ngày lập thành tích", en: "Achievement date" },
    headers: ["Ngày lập thành tích", "Thời gian lập thành tích", "Ngày đạt thành tích"],
  },
  {
    id: "registrationDate",
    type: "date",
    label: { vi: "Ngày đăng ký thi đua", en: "Registration date" },
    headers: ["Ngày đăng ký thi đua", "Ngày đăng ký"],
  },
  {
    id: "summary",
    type: "text",
    label: { vi: "Tóm tắt thành tích", en: "Achievement summary" },
    headers: ["Tóm tắt thành tích", "Thành tích", "Thành tích đạt được"],
  },
  { id: "note", type: "text", label: { vi: "Ghi chú", en: "Note" }, headers: ["Ghi chú"] },
];
