/**
 * Organisation forms (组织形式), declared once: the endings of names and the kind of entity each tells.
 * Used to tell a name's kind (…有限公司 an enterprise, …大学 a university), to split a name into its parts
 * (parse-org-name.ts) and to keep an imported legal name (`legal`: …公司, …集团, …厂). The longest ending
 * a name has is the one that counts (工程技术研究中心 is a platform, 研究中心 a research body).
 */
import type { NodeKind } from '#model';

export interface OrgForm {
  readonly form: string;
  readonly kind: NodeKind;
  /** A registered legal name ends this way (the name is kept as the entity's legalName). */
  readonly legal?: true;
}

const forms = (kind: NodeKind, list: readonly string[], legal?: true): OrgForm[] =>
  list.map((form) => ({ form, kind, ...(legal ? { legal } : {}) }));

export const ORG_FORMS: readonly OrgForm[] = [
  ...forms(
    'Enterprise',
    [
      '集团股份有限公司',
      '集团有限责任公司',
      '集团有限公司',
      '集团总公司',
      '集团公司',
      '股份有限公司',
      '有限责任公司',
      '有限公司',
      '股份公司',
      '总公司',
      '分公司',
      '子公司',
      '研究院有限公司',
      '研究所有限公司',
      '公司',
      '集团',
      '总厂',
      '分厂',
      '厂',
    ],
    true,
  ),
  ...forms('Enterprise', [
    '有限合伙',
    '合伙企业',
    '农民专业合作社',
    '专业合作社',
    '合作社',
    '商行',
    '农场',
    '牧场',
    'coltd',
    'ltd',
    'limited',
    'corporation',
  ]),
  ...forms('Platform', [
    '院士工作站',
    '专家工作站',
    '博士后科研工作站',
    '工作站',
    '重点实验室',
    '实验室',
    '工程技术研究中心',
    '工程研究中心',
    '技术创新中心',
    '企业技术中心',
    '孵化器',
    '众创空间',
    '星创天地',
    '科技园区',
    '科技园',
    '产业园',
    '基地',
  ]),
  ...forms('University', [
    '职业技术学院',
    '职业学院',
    '技师学院',
    '大学',
    '学院',
    '学校',
    '研究生院',
    '研究院',
    '研究所',
    '科学院',
    '工程院',
    '研究中心',
    '协会',
    '学会',
    '联合会',
    '研究会',
    '院',
  ]),
  ...forms('Agency', ['委员会', '管委会', '委', '局', '办公室', '人民政府', '政府', '厅', '部']),
];

/** Endings that mark a branch of the organisation named before them (…有限公司东营分公司). */
export const BRANCH_FORMS: readonly string[] = [
  '分公司',
  '分厂',
  '分店',
  '分部',
  '分院',
  '分中心',
  '分所',
  '办事处',
  '营业部',
];

/** Forms that may be followed by a child's own name and form (中国科学院 · 上海有机化学研究所). */
export const PARENT_FORMS: readonly string[] = ['大学', '科学院', '工程院', '研究院'];

/** Ending → form, for longest-suffix lookups. */
export const FORM_BY_ENDING: ReadonlyMap<string, OrgForm> = new Map(
  ORG_FORMS.map((form) => [form.form, form]),
);

/** The longest form ending. */
export const LONGEST_FORM = Math.max(...ORG_FORMS.map((form) => form.form.length));

/** Forms by their last character, longest first: look-ups without slicing. */
const FORMS_BY_END = new Map<string, OrgForm[]>();
for (const form of [...ORG_FORMS].sort((a, b) => b.form.length - a.form.length)) {
  const last = form.form.slice(-1);
  FORMS_BY_END.set(last, [...(FORMS_BY_END.get(last) ?? []), form]);
}

/** The longest form a (normalised) name ends with, if any, among those of the kinds given. */
export function formAtEnd(text: string, kinds?: readonly NodeKind[]): OrgForm | null {
  for (const form of FORMS_BY_END.get(text.slice(-1)) ?? []) {
    if (text.endsWith(form.form) && (!kinds || kinds.includes(form.kind))) return form;
  }
  return null;
}
