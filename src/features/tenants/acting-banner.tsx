import { UserSwitchOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useActingTenant } from '../../entities/tenant/use-acting-tenant';
import { useT } from '../../i18n/i18n-context';

/** While an admin acts for a tenant, every page says whose resources it shows (in words, not colour alone). */
export function ActingBanner() {
  const { t } = useT();
  const acting = useActingTenant();
  if (!acting) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<UserSwitchOutlined />}
      role="status"
      title={t('tenants.acting', { tenant: acting.label })}
      style={{ marginBottom: 16 }}
    />
  );
}
