import { useQueryClient } from '@tanstack/react-query';
import { theme } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { VMInstanceInfo } from '../../../contract/vm-instance-info';
import { scopeParams, useScope } from '../../entities/tenant/scope';
import { useMinWidth } from '../../components/use-min-width';
import { useT } from '../../i18n/i18n-context';
import { vmConsole } from '../../paths';
import { ConsoleOverlay } from './console-overlay';
import { ConsoleToolbar } from './console-toolbar';
import { NotRunning } from './not-running';
import { OnScreenKeys } from './on-screen-keys';
import type { SendKey } from './type-text';
import { useFullscreen } from './use-fullscreen';
import { useRfb } from './use-rfb';
import { useScaleMode } from './use-scale-mode';

/** The VM's console: toolbar, screen, and whatever stands between the user and a live picture. */
export function ConsolePanel({ vm, fullPage = false }: { vm: VMInstanceInfo; fullPage?: boolean }) {
  const { t } = useT();
  const { token } = theme.useToken();
  const scope = useScope();
  const queryClient = useQueryClient();
  const wrapper = useRef<HTMLDivElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const running = vm.State === 'Running';
  // A drop often means the VM changed state (stopped, restarting): refresh it rather than wait for the poll.
  const onDrop = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['vms'] }), [queryClient]);
  const [scale, setScale] = useScaleMode();
  const [viewOnly, setViewOnly] = useState(false);
  const { status, client, desktopName, reconnect } = useRfb(
    screen,
    running ? { ...scopeParams(scope), VMID: vm.VMID } : null,
    { scaleToFit: scale === 'fit', viewOnly },
    onDrop,
  );
  const [fullscreen, toggleFullscreen] = useFullscreen(wrapper);
  // Phones and small tablets have no Esc, Tab or arrow keys on their keyboard.
  const phone = !useMinWidth(768);

  const sendKey: SendKey = (keysym, code, down) => client?.sendKey(keysym, code, down);

  return (
    <div
      ref={wrapper}
      style={{ display: 'flex', flexDirection: 'column', background: token.colorBgLayout, height: fullscreen ? '100%' : undefined }}
    >
      <ConsoleToolbar
        vm={vm}
        status={running ? status : { kind: 'idle' }}
        desktopName={desktopName}
        sendKey={sendKey}
        onCtrlAltDel={() => client?.sendCtrlAltDel()}
        scale={scale}
        onScale={setScale}
        viewOnly={viewOnly}
        onViewOnly={setViewOnly}
        fullscreen={fullscreen}
        onFullscreen={toggleFullscreen}
        onReconnect={reconnect}
        newWindowHref={fullPage ? undefined : vmConsole(vm.VMID, { company: scope.companyId })}
      />
      <div
        style={{
          position: 'relative', background: 'rgb(40, 40, 40)',
          // On a phone the picture (scaled to the width) is short: the keys below it stay in reach.
          height: fullscreen ? undefined : phone ? 320 : fullPage ? 'calc(100vh - 230px)' : 600,
          minHeight: phone ? 240 : 400, flex: fullscreen ? 1 : undefined,
        }}
      >
        <div ref={screen} role="region" aria-label={t('console.screen')} style={{ width: '100%', height: '100%' }} />
        <ConsoleOverlay status={status} onReconnect={reconnect} notRunning={running ? undefined : <NotRunning vm={vm} />} />
      </div>
      {phone && running && <OnScreenKeys sendKey={sendKey} disabled={status.kind !== 'connected' || viewOnly} />}
    </div>
  );
}
