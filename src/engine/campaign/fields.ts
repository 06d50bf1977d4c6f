// built-in fields: the contract's field ids, their value types and usual headers
import type { FieldType } from "./schema.js";
import type { Localized } from "../types.js";
import { YEARLY_FIELDS } from "./yearly-fields.js";

export interface FieldSpec {
  id: string;
  type: FieldType;
  label: Localized;
  headers: string[];
  /** generic words ("Đơn vị", "Đối tượng"): weak evidence alone, even as the whole header */
  weak?: string[];
  /** a header holding any of these (whole words) is not this field: "Đơn vị công tác" is no proposing unit */
  not?: string[];
}

/** a nominee's workplace, the department or the place they live: never the proposing unit or a unit group */
const WORKPLACE = ["cong tac", "lam viec", "noi o", "dia chi", "phong ban", "to cong tac"];

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
      "Tên tập thể/cá nhân/hộ gia đình",
      "Tên tập thể, cá nhân, hộ gia đình",
      "Tên cá nhân/tập thể",
      "Tên đơn vị / tập thể",
      "Tên đơn vị",
      "Họ và tên cá nhân, tên tập thể",
      "Họ tên/Tên đơn vị",
      "Tên hộ gia đình",
      "Họ và tên chủ hộ",
    ],
    not: [...WORKPLACE, "tac gia", "de tai", "sang kien", "nguoi ky", "chu tich"],
  },
  {
    id: "nomineeType",
    type: "nomineeType",
    label: { vi: "Cá nhân/Tập thể", en: "Nominee type" },
    headers: [
      "Cá nhân/Tập thể",
      "Cá nhân / Tập thể",
      "Đối tượng",
      "Loại đối tượng",
      "CN/TT",
      "Phân loại khen thưởng",
      "Cá nhân/Tập thể/Hộ gia đình",
      "Đối tượng khen thưởng",
      "Đối tượng đề nghị",
      "Loại đối tượng khen thưởng",
      "Tập thể/Cá nhân",
      "TT/CN",
    ],
    weak: ["Đối tượng"],
    // a staff or organisation category, not whether the nominee is a person or a collective
    not: ["phan loai doi tuong", "phan loai can bo", "phan loai tap the", "doi tuong uu tien"],
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
    headers: [
      "Đơn vị đề nghị",
      "Đơn vị",
      "Cơ quan, đơn vị",
      "Cơ quan đơn vị",
      "Cơ quan, đơn vị đề nghị",
      "Đơn vị trình",
      "Cơ quan đề nghị",
      "Đơn vị đề nghị khen thưởng",
      "Cơ quan trình",
      "Đơn vị trình khen",
      "Đơn vị gửi",
      "Tên đơn vị đề nghị",
    ],
    weak: ["Đơn vị", "Cơ quan, đơn vị", "Cơ quan đơn vị"],
    not: [...WORKPLACE, "don vi tinh", "cong nhan"],
  },
  {
    id: "unitGroup",
    type: "text",
    label: { vi: "Khối", en: "Unit group" },
    headers: ["Khối", "Loại đơn vị", "Khối thi đua", "Nhóm đơn vị", "Cụm, khối thi đua", "Cụm thi đua"],
    weak: ["Khối", "Loại đơn vị"],
    not: WORKPLACE,
  },
  {
    id: "awardForm",
    type: "choice",
    label: { vi: "Hình thức khen thưởng", en: "Award form" },
    headers: ["Hình thức khen thưởng", "Hình thức đề nghị", "Hình thức đề nghị khen thưởng", "Hình thức", "Hình thức khen", "Mức khen", "Hình thức khen thưởng đề nghị"],
    weak: ["Hình thức"],
  },
  {
    id: "rewardKind",
    type: "choice",
    label: { vi: "Loại khen thưởng", en: "Reward kind" },
    headers: ["Loại khen thưởng", "Diện khen thưởng", "Loại hình khen thưởng", "Diện", "Diện đề nghị"],
    weak: ["Diện"],
    // "Phân loại khen thưởng" says who is awarded (cá nhân, tập thể, hộ gia đình): only its values can make it a reward kind
    not: ["phan loai khen thuong"],
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
  {
    id: "workplace",
    type: "text",
    label: { vi: "Đơn vị công tác", en: "Workplace" },
    headers: ["Đơn vị công tác", "Nơi công tác", "Cơ quan công tác", "Tên đơn vị/tập thể công tác", "Tên cơ quan làm việc", "Cơ quan, đơn vị công tác", "Đơn vị làm việc"],
  },
  ...YEARLY_FIELDS,
];
