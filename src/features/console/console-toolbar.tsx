import { ExportOutlined, FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Space, Switch, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { useT } from '../../i18n/i18n-context';
import { ConsoleStatus } from './console-status';
import { KeyComboMenu } from './key-combo-menu';
import { PowerButtons } from './power-buttons';
import { SendTextDialog } from './send-text-dialog';
import type { SendKey } from './type-text';
import type { ScaleMode } from './use-scale-mode';
import type { RfbStatus } from './rfb-status';
import { VncClientInfo } from './vnc-client-info';

interface Props {
  vm: VMInstanceInfo;
  status: RfbStatus;
  desktopName: string;
  sendKey: SendKey;
  onCtrlAltDel(): void;
  scale: ScaleMode;
  onScale(mode: ScaleMode): void;
  viewOnly: boolean;
  onViewOnly(on: boolean): void;
  fullscreen: boolean;
  onFullscreen(): void;
  onReconnect(): void;
  /** The full page's link, shown in the tab only. */
  newWindowHref?: string;
}

export function ConsoleToolbar(props: Props) {
  const { t } = useT();
  const [sendingText, setSendingText] = useState(false);
  const viewOnlyId = useId();
  const connected = props.status.kind === 'connected';
  const canType = connected && !props.viewOnly;
  return (
    <Flex role="toolbar" aria-label={t('console.toolbar')} wrap gap={8} align="center" style={{ padding: '8px 0' }}>
      <ConsoleStatus status={props.status} desktopName={props.desktopName} />
      <Space.Compact>
        <Button disabled={!canType} aria-label={t('console.ctrlAltDel.label')} onClick={props.onCtrlAltDel}>
          {t('console.ctrlAltDel')}
        </Button>
        <KeyComboMenu sendKey={props.sendKey} disabled={!canType} />
      </Space.Compact>
      <Button disabled={!canType} onClick={() => setSendingText(true)}>{t('console.sendText')}</Button>
      <Segmented<ScaleMode>
        aria-label={t('console.scale')}
        value={props.scale}
        onChange={props.onScale}
        options={[
          { value: 'fit', label: t('console.scale.fit') },
          { value: 'native', label: t('console.scale.native') },
        ]}
      />
      <Space size={4}>
        <Switch id={viewOnlyId} checked={props.viewOnly} onChange={props.onViewOnly} />
        <Typography.Text><label htmlFor={viewOnlyId}>{t('console.viewOnly')}</label></Typography.Text>
      </Space>
      <Button
        icon={props.fullscreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
        onClick={props.onFullscreen}
      >
        {t(props.fullscreen ? 'console.exitFullScreen' : 'console.fullScreen')}
      </Button>
      <Button icon={<ReloadOutlined />} disabled={props.vm.State !== 'Running'} onClick={props.onReconnect}>
        {t('console.reconnect')}
      </Button>
      <PowerButtons vm={props.vm} />
      <VncClientInfo vmId={props.vm.VMID} disabled={props.vm.State !== 'Running'} />
      {props.newWindowHref && (
        <Link to={props.newWindowHref} target="_blank" rel="noopener">
          <ExportOutlined /> {t('console.openNewWindow')}
        </Link>
      )}
      <SendTextDialog open={sendingText} onClose={() => setSendingText(false)} sendKey={props.sendKey} />
    </Flex>
  );
}
