import { Tag } from 'antd';
import { useT } from '../../i18n/i18n-context';

// The platform's wording varies by version; anything that is not plainly active is flagged.
const ACTIVE = /^(available|normal|active|enabled?|ok)$/i;

/** A tenant's account status as a tag with its text (the colour only repeats what the text says). */
export function TenantStatus({ status }: { status: string | undefined }) {
  const { t } = useT();
  if (!status) return <Tag>{t('tenants.status.unknown')}</Tag>;
  return <Tag color={ACTIVE.test(status) ? 'green' : 'red'}>{t('tenants.status', { status })}</Tag>;
}
