export default {
  'tenants.switch': 'Tenant',
  'tenants.bulkSpan': '{count, plural, one {These VMs belong to # tenant} other {These VMs belong to # tenants}}: {names}.',
  'tenants.search': 'Search by name, CompanyID or email',
  'tenants.all': 'All tenants',
  'tenants.recent': 'Recent',
  'tenants.tenants': 'Tenants',
  'tenants.none': 'No tenant matches',
  'tenants.status': 'Status: {status}',
  'tenants.status.unknown': 'Status unknown',
  'tenants.acting': 'Acting as {tenant}: everything on this page belongs to this tenant.',
} satisfies Record<string, string>;
