import { Flex, Input, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ActivityList } from '../../entities/activity/activity-list';
import { useMe } from '../../components/session-context';
import { useScope } from '../../entities/tenant/scope';
import { useT } from '../../i18n/i18n-context';

/**
 * The activity log across VMs. An admin reads every tenant's, or the tenant chosen in the header's switcher;
 * a tenant its own. `?vm=` narrows it to one VM (kept in the URL, so the view can be shared).
 */
export default function ActivityPage() {
  const { t } = useT();
  const me = useMe();
  const { companyId } = useScope();
  const [params, setParams] = useSearchParams();
  const vmId = params.get('vm')?.trim() || undefined;
  const setVm = (value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value.trim()) next.set('vm', value.trim());
      else next.delete('vm');
      return next;
    });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>{t('activity.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('activity.intro')}</Typography.Text>
        {me.IsAdmin && companyId === undefined && <Typography.Text type="secondary">{t('activity.scope.allTenants')}</Typography.Text>}
      </Flex>
      <Input.Search
        key={vmId ?? ''}
        defaultValue={vmId}
        allowClear
        aria-label={t('activity.filter.vm')}
        placeholder={t('activity.filter.vmPlaceholder')}
        onSearch={setVm}
        style={{ maxWidth: 360 }}
      />
      <ActivityList filters={{ companyId, vmId }} showVm />
    </Space>
  );
}
