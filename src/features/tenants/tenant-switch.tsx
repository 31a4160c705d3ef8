import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { UserInfo } from '../../../contract/describe-user';
import { useErrorText } from '../../components/api-error-alert';
import { useScope } from '../../entities/tenant/scope';
import { useActingTenant } from '../../entities/tenant/use-acting-tenant';
import { useT } from '../../i18n/i18n-context';
import { readRecentTenants, rememberRecentTenant } from './recent-tenants';
import { ALL_TENANTS, switchTarget } from './switch-target';
import { tenantQueries } from '../../entities/tenant/tenant-queries';
import { matchesTenant, orderTenants, tenantSearchRequests } from './tenant-search';
import { TenantStatus } from './tenant-status';
import { useDebouncedValue } from '../../components/use-debounced-value';

/** An option, or a group of them (Recent, Tenants). */
interface TenantOption {
  value?: string;
  label: string;
  title?: string;
  user?: UserInfo;
  options?: TenantOption[];
}

/** The admin's choice of tenant (or all tenants), kept in `?company=` so links and reloads keep it. */
export function TenantSwitch() {
  const { t } = useT();
  const errorText = useErrorText();
  const { companyId } = useScope();
  const acting = useActingTenant();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [term, setTerm] = useState('');
  const [recent, setRecent] = useState(readRecentTenants);
  const search = useDebouncedValue(term, 250);

  const found = useQueries({
    queries: tenantSearchRequests(search).map((params) => tenantQueries.search(params)),
    combine: (results) => ({
      users: results.flatMap((r) => r.data?.Infos ?? []),
      fetching: results.some((r) => r.isFetching),
      error: results.find((r) => r.error)?.error,
    }),
  });
  const recentUsers = useQueries({
    queries: recent.map((id) => tenantQueries.detail(id)),
    combine: (results) => results.flatMap((r) => (r.data ? [r.data] : [])),
  });
  const ordered = orderTenants([...recentUsers, ...found.users].filter((u) => matchesTenant(u, search)), recent);

  const toOption = (user: UserInfo): TenantOption => ({
    value: String(user.CompanyID),
    label: `${user.Name} (${user.CompanyID})`,
    user,
  });
  const options: TenantOption[] = [
    { value: ALL_TENANTS, label: t('tenants.all') },
    ...(ordered.recent.length > 0 ? [{ label: t('tenants.recent'), title: t('tenants.recent'), options: ordered.recent.map(toOption) }] : []),
    ...(ordered.others.length > 0 ? [{ label: t('tenants.tenants'), title: t('tenants.tenants'), options: ordered.others.map(toOption) }] : []),
  ];

  const choose = (value: string) => {
    // Nothing the previous tenant asked for may land after the switch; the switcher's own lookups are scope-free.
    void queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== tenantQueries.all()[0] });
    if (value !== ALL_TENANTS) setRecent(rememberRecentTenant(Number(value)));
    setTerm('');
    navigate(switchTarget(location.pathname, location.search, value));
  };

  return (
    <Select<string, TenantOption>
      aria-label={t('tenants.switch')}
      value={companyId === undefined ? ALL_TENANTS : String(companyId)}
      onChange={choose}
      options={options}
      showSearch={{ searchValue: term, onSearch: setTerm, filterOption: false }}
      placeholder={t('tenants.search')}
      loading={found.fetching}
      virtual={false}
      popupMatchSelectWidth={420}
      style={{ minWidth: 220 }}
      notFoundContent={found.error ? errorText(found.error) : t('tenants.none')}
      labelRender={({ value }) => (value === ALL_TENANTS ? t('tenants.all') : (acting?.label ?? String(value)))}
      optionRender={(option) => {
        const user = option.data.user;
        if (!user) return option.label;
        return (
          <Space size={8} wrap>
            <span>{option.label}</span>
            {user.Email && <Typography.Text type="secondary">{user.Email}</Typography.Text>}
            <TenantStatus status={user.Status} />
          </Space>
        );
      }}
    />
  );
}
