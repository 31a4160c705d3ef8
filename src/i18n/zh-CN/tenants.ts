import type en from '../en-US/tenants';

export default {
  'tenants.switch': '租户',
  'tenants.bulkSpan': '这些虚拟机属于 {count} 个租户：{names}。',
  'tenants.search': '按名称、CompanyID 或邮箱搜索',
  'tenants.all': '全部租户',
  'tenants.recent': '最近使用',
  'tenants.tenants': '租户',
  'tenants.none': '没有匹配的租户',
  'tenants.status': '状态：{status}',
  'tenants.status.unknown': '状态未知',
  'tenants.acting': '正在以 {tenant} 的身份操作：本页所有内容均属于该租户。',
} satisfies Record<keyof typeof en, string>;
