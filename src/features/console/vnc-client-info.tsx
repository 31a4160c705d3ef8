import { CopyOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { vncClientEndpoints } from '../../../contract/gateway-vnc-client';
import { gatewayFetch } from '../../api/gateway-fetch';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { scopeParams, useScope } from '../../entities/tenant/scope';
import { useT } from '../../i18n/i18n-context';
import { useSecondsLeft } from './use-seconds-left';
import { vncClientConfigQuery } from './vnc-client-query';

interface Details {
  address: string;
  password: string;
  until: number;
}

/**
 * Direct VNC details for a desktop viewer: the one place a VNC password reaches the browser, only when the
 * operator opted in (ALLOW_VNC_CLIENT_DETAILS) and only on an explicit click, under a warning. Kept in this
 * dialog's state alone (no query cache) and dropped when it closes. Not offered at all otherwise.
 */
export function VncClientInfo({ vmId, disabled }: { vmId: string; disabled: boolean }) {
  const offered = useQuery(vncClientConfigQuery).data?.Enabled === true;
  return offered ? <VncClientDialog vmId={vmId} disabled={disabled} /> : null;
}

function VncClientDialog({ vmId, disabled }: { vmId: string; disabled: boolean }) {
  const { t } = useT();
  const scope = useScope();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<Details | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const seconds = useSecondsLeft(details?.until);
  const expired = details !== null && seconds === 0;

  const request = async () => {
    setLoading(true);
    setError(null);
    setRevealed(false);
    try {
      const res = await gatewayFetch(vncClientEndpoints.details, { body: { ...scopeParams(scope), VMID: vmId } });
      setDetails({ address: `${res.VNCIP}:${res.VNCPort}`, password: res.VNCPassword, until: Date.now() + res.ValidSeconds * 1000 });
    } catch (err) {
      setError(err);
      setDetails(null);
    } finally {
      setLoading(false);
    }
  };
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => message.success(t('common.copied')),
      () => message.error(t('console.vncClient.copyFailed')),
    );
  const close = () => {
    setOpen(false);
    setDetails(null);
    setRevealed(false);
    setError(null);
  };

  return (
    <>
      <Button disabled={disabled} onClick={() => setOpen(true)}>{t('console.vncClient')}</Button>
      <Modal open={open} title={t('console.vncClient')} onCancel={close} footer={null} destroyOnHidden>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('console.vncClient.intro')}</Typography.Paragraph>
          <Alert type="warning" showIcon title={t('console.vncClient.warning')} />
          {error !== null && <ApiErrorAlert error={error} />}
          {details && !expired && (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('console.vncClient.address')}>
                <Space>
                  <Typography.Text code>{details.address}</Typography.Text>
                  <Button size="small" icon={<CopyOutlined />} aria-label={t('console.vncClient.copyAddress')} onClick={() => copy(details.address)} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('console.vncClient.password')}>
                <Space>
                  <Typography.Text code>{revealed ? details.password : '•'.repeat(8)}</Typography.Text>
                  <Button
                    size="small"
                    icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
                    aria-label={t(revealed ? 'console.vncClient.hide' : 'console.vncClient.reveal')}
                    aria-pressed={revealed}
                    onClick={() => setRevealed((r) => !r)}
                  />
                  <Button size="small" icon={<CopyOutlined />} aria-label={t('console.vncClient.copyPassword')} onClick={() => copy(details.password)} />
                </Space>
              </Descriptions.Item>
            </Descriptions>
          )}
          {details && !expired && <div role="timer">{t('console.vncClient.validFor', { seconds })}</div>}
          {expired && <Alert type="warning" showIcon title={t('console.vncClient.expired')} />}
          <Button type={details ? 'default' : 'primary'} loading={loading} onClick={() => void request()}>
            {t(details ? 'console.vncClient.requestAgain' : 'console.vncClient.request')}
          </Button>
        </Space>
      </Modal>
    </>
  );
}
