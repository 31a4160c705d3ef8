import { Select } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { UserInfo } from '../../../../contract/describe-user';
import { useT } from '../../../i18n/i18n-context';
import { withCompany } from '../../../paths';

/** Narrows the all-tenants list to one tenant: the same as choosing it in the header's switcher. */
export function OwnerFilter({ tenants }: { tenants: UserInfo[] }) {
  const { t } = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Select
      aria-label={t('vms.owner.filter')}
      placeholder={t('vms.owner.filter')}
      style={{ minWidth: 220 }}
      showSearch
      optionFilterProp="label"
      value={null}
      onChange={(companyId: number) => navigate(withCompany(pathname, companyId))}
      options={tenants.map((u) => ({ value: u.CompanyID, label: `${u.Name} (${u.CompanyID})${u.Email ? ` ${u.Email}` : ''}` }))}
    />
  );
}
