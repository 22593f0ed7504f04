import { PolicyDefinition, int } from '../policy-definition';

/** Free text printed on documents; the cap keeps one value well inside an event. */
const text = { kind: 'string', pattern: '^[\\s\\S]{0,500}$' } as const;

const wording = (round: number, en: boolean, value: string): PolicyDefinition => ({
  key: `documents.dunningWordingRound${round}${en ? 'En' : ''}`,
  ruleIds: ['R-DOC-3', 'R-BIL-6'],
  description: `${en ? 'English wording' : 'Wording (zh-CN)'} of the dunning notice (催款通知书) of round ${round}${round === 3 ? ' and any later round' : ''}.`,
  type: text,
  default: value,
  perProperty: false,
});

/**
 * Printed documents (R-DOC-*): the company's letterhead, seal and footer, and the wording of
 * notices. An empty company name prints "<property>物业服务中心" (the office the customer knows).
 */
export const DocumentPolicies: readonly PolicyDefinition[] = [
  {
    key: 'documents.companyName',
    ruleIds: ['R-DOC-1'],
    description:
      'Company name printed at the top of every document; empty: the property name followed by 物业服务中心.',
    type: text,
    default: '',
    perProperty: false,
  },
  {
    key: 'documents.companyNameEn',
    ruleIds: ['R-DOC-1'],
    description: 'Company name on English documents; empty: the Chinese name.',
    type: text,
    default: '',
    perProperty: false,
  },
  {
    key: 'documents.sealImage',
    ruleIds: ['R-DOC-1'],
    description:
      'The company seal (公章) printed over the sign-off, as a data URL of a PNG or JPEG up to 200 KB; empty: no seal.',
    type: { kind: 'string', pattern: '^(data:image/(png|jpeg);base64,[A-Za-z0-9+/]{4,273000}={0,2})?$' },
    default: '',
    perProperty: false,
  },
  {
    key: 'documents.footer',
    ruleIds: ['R-DOC-1'],
    description: 'Footer line of every document (zh-CN), e.g. the service hotline and address.',
    type: text,
    default: '如有疑问，请与物业服务中心联系。本单据由物业管理系统打印。',
    perProperty: true,
  },
  {
    key: 'documents.footerEn',
    ruleIds: ['R-DOC-1'],
    description: 'Footer line of English documents.',
    type: text,
    default:
      'Questions? Please contact the property management office. Printed by the property management system.',
    perProperty: true,
  },
  {
    key: 'documents.paymentMethods',
    ruleIds: ['R-DOC-2'],
    description: 'How to pay, printed on payment and dunning notices (zh-CN).',
    type: text,
    default: '银行转账或到物业服务中心收费处缴纳（现金、刷卡、微信、支付宝）。',
    perProperty: true,
  },
  {
    key: 'documents.paymentMethodsEn',
    ruleIds: ['R-DOC-2'],
    description: 'How to pay, on English notices.',
    type: text,
    default:
      'Bank transfer, or at the cashier of the property management office (cash, card, WeChat Pay, Alipay).',
    perProperty: true,
  },
  wording(
    1,
    false,
    '您的上述费用已逾期未缴。请于本通知有效期内到物业服务中心缴清欠费及滞纳金。如已缴纳，请忽略本通知。',
  ),
  wording(
    1,
    true,
    'The charges above are overdue. Please settle them and the late fee at the property management office within the validity of this notice. If you have already paid, please disregard this notice.',
  ),
  wording(2, false, '这是第二次催款通知。您的费用仍未缴纳，客户主管将上门了解情况。请尽快缴清欠费及滞纳金。'),
  wording(
    2,
    true,
    'This is the second reminder. The charges remain unpaid; a customer-service supervisor will visit you. Please settle them and the late fee promptly.',
  ),
  wording(
    3,
    false,
    '这是第三次书面催款通知。逾期仍不缴纳的，物业管理公司将依照管理规约及服务合同采取有效措施追缴欠费。',
  ),
  wording(
    3,
    true,
    'This is the third written reminder. If the charges remain unpaid, the company will take the steps the covenant and the service contract allow to recover them.',
  ),
  {
    key: 'documents.dunningNoticeValidDays',
    ruleIds: ['R-DOC-3', 'R-BIL-6'],
    description: 'Days a dunning notice (催款通知书) stays valid from its date, thirty in 第4篇 3.4.3.',
    type: int(1, 90, 'days'),
    default: 30,
    perProperty: false,
  },
  {
    key: 'documents.releasePassValidDays',
    ruleIds: ['R-DOC-4', 'R-CUS-6'],
    description:
      'Days a release pass (放行条) is valid, counted from the planned moving day (1 = that day only).',
    type: int(1, 30, 'days'),
    default: 1,
    perProperty: true,
  },
];
