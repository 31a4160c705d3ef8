import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useErrorText } from '../../components/api-error-alert';
import { useT } from '../../i18n/i18n-context';
import { vmDetail, vmList } from '../../paths';
import type { CreateResult } from './use-create-vms';

/** What happened to each of several VMs: a link to the ones made, the platform's reason for the others. */
export function CreateResults({ results }: { results: CreateResult[] }) {
  const { t } = useT();
  const errorText = useErrorText();
  const made = results.filter((r) => r.vmId);
  return (
    <Alert
      type={made.length === results.length ? 'success' : 'warning'}
      showIcon
      role="alert"
      title={t('createVm.results.title', { made: made.length, total: results.length })}
      description={
        <>
          <List
            size="small"
            dataSource={results}
            renderItem={(r) => (
              <List.Item>
                <Space>
                  {r.vmId ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
                  <Typography.Text strong>{r.name}</Typography.Text>
                  {r.vmId ? (
                    <Link to={vmDetail(r.vmId)}>{r.vmId}</Link>
                  ) : (
                    <Typography.Text type="danger">{t('createVm.results.failed')}: {errorText(r.error)}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {made.length > 0 && (
            <Link to={vmList({ ids: made.flatMap((r) => (r.vmId ? [r.vmId] : [])) })}>{t('createVm.results.viewCreated')}</Link>
          )}
        </>
      }
    />
  );
}
