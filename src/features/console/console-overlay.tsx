import { Button, Result, Spin, theme } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { RETRY_DELAYS_MS } from './close-reason';
import { reasonText } from './reason-text';
import type { RfbStatus } from './rfb-status';
import { useSecondsLeft } from './use-seconds-left';

interface Props {
  status: RfbStatus;
  onReconnect(): void;
  /** Shown instead of the connection states when the VM cannot have a console. */
  notRunning?: ReactNode;
}

/** Covers the screen whenever there is no live picture, saying why and what the user can do. */
export function ConsoleOverlay({ status, onReconnect, notRunning }: Props) {
  const i18n = useT();
  const { t } = i18n;
  const { token } = theme.useToken();
  const retryAt = status.kind === 'disconnected' ? status.retryAt : undefined;
  const seconds = useSecondsLeft(retryAt);
  let body: ReactNode;
  if (notRunning) body = notRunning;
  else if (status.kind === 'connected') return null;
  else if (status.kind === 'connecting' || status.kind === 'idle') {
    body = (
      <Result
        icon={<Spin size="large" />}
        title={t('console.status.connecting')}
        subTitle={status.kind === 'connecting' && status.attempt > 0
          ? t('console.connecting.attempt', { attempt: status.attempt, max: RETRY_DELAYS_MS.length })
          : undefined}
      />
    );
  } else {
    const reconnect = <Button type="primary" onClick={onReconnect}>{t('console.reconnect')}</Button>;
    const retrying = retryAt !== undefined && status.kind === 'disconnected';
    body = (
      <Result
        status={status.kind === 'failed' ? 'error' : 'warning'}
        title={t(status.kind === 'failed' ? 'console.failed.title' : 'console.disconnected.title')}
        subTitle={
          <>
            <div>{reasonText(status.reason, i18n)}</div>
            {retrying && (
              <div role="timer">
                {t('console.retryIn', { seconds, attempt: status.attempt, max: RETRY_DELAYS_MS.length })}
              </div>
            )}
          </>
        }
        extra={reconnect}
      />
    );
  }
  return (
    <div
      style={{
        position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center',
        background: token.colorBgContainer, overflow: 'auto',
      }}
    >
      {body}
    </div>
  );
}
