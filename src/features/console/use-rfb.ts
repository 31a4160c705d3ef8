import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { closeRule, RETRY_DELAYS_MS, type SocketClose } from './close-reason';
import { fetchConsoleTicket, socketUrl } from './console-ticket';
import { loadRfb, type RfbClient } from './rfb';
import { errorReason, type DropReason, type RfbDisplay, type RfbStatus, type RfbTarget } from './rfb-status';

function applyDisplay(rfb: RfbClient, display: RfbDisplay) {
  rfb.scaleViewport = display.scaleToFit;
  rfb.clipViewport = false;
  rfb.viewOnly = display.viewOnly;
}

/**
 * One console connection. Each connect (first, manual, automatic) takes a fresh single-use ticket
 * inside the effect, so StrictMode's double mount and every retry spend their own ticket.
 * `target` null means the VM cannot have a console now (not running): nothing is opened.
 */
export function useRfb(
  container: RefObject<HTMLElement | null>,
  target: RfbTarget | null,
  display: RfbDisplay,
  onDrop?: () => void,
) {
  const [status, setStatus] = useState<RfbStatus>({ kind: 'idle' });
  const [client, setClient] = useState<RfbClient | null>(null);
  const [desktopName, setDesktopName] = useState('');
  const [generation, setGeneration] = useState(0);
  const attempts = useRef(0);
  const onDropRef = useRef(onDrop);
  const displayRef = useRef(display);
  const live = useRef<RfbClient | null>(null);
  useEffect(() => {
    onDropRef.current = onDrop;
    displayRef.current = display;
  });
  const { scaleToFit, viewOnly } = display;
  useEffect(() => {
    if (live.current) applyDisplay(live.current, { scaleToFit, viewOnly });
  }, [scaleToFit, viewOnly]);
  const { Region, CompanyID, VMID } = target ?? {};

  useEffect(() => {
    const element = container.current;
    if (!Region || !VMID || !element) {
      attempts.current = 0;
      setStatus({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    let rfb: RfbClient | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let lastClose: SocketClose | null = null;
    let failure: DropReason | null = null;
    setStatus({ kind: 'connecting', attempt: attempts.current });
    setDesktopName('');

    const dropped = (reason: DropReason, retry: boolean) => {
      setClient(null);
      onDropRef.current?.();
      if (!retry) return setStatus({ kind: 'disconnected', reason, attempt: attempts.current });
      if (attempts.current >= RETRY_DELAYS_MS.length) return setStatus({ kind: 'failed', reason });
      const delay = RETRY_DELAYS_MS[attempts.current];
      attempts.current += 1;
      setStatus({ kind: 'disconnected', reason, retryAt: Date.now() + delay, attempt: attempts.current });
      retryTimer = setTimeout(() => setGeneration((g) => g + 1), delay);
    };

    (async () => {
      const params = CompanyID === undefined ? { Region, VMID } : { Region, CompanyID, VMID };
      let ticket;
      let factory;
      try {
        [ticket, factory] = await Promise.all([fetchConsoleTicket(params, controller.signal), loadRfb()]);
      } catch (err) {
        if (controller.signal.aborted) return;
        // A failed retry keeps backing off (the VM may be restarting); a failed first try is final.
        if (attempts.current > 0) dropped(errorReason(err), true);
        else setStatus({ kind: 'failed', reason: errorReason(err) });
        return;
      }
      if (controller.signal.aborted) return;
      const socket = new WebSocket(socketUrl(ticket.URL));
      // Registered before noVNC's handler, so the gateway's close code is known when noVNC reports.
      socket.addEventListener('close', (e) => {
        lastClose = { code: e.code, reason: e.reason };
      });
      try {
        rfb = factory(element, socket);
      } catch {
        socket.close();
        return setStatus({ kind: 'failed', reason: { key: 'console.close.unknown' } });
      }
      const current = rfb;
      live.current = current;
      applyDisplay(current, displayRef.current);
      current.addEventListener('connect', () => {
        attempts.current = 0;
        setClient(current);
        setStatus({ kind: 'connected' });
      });
      current.addEventListener('desktopname', (e) => setDesktopName(e.detail.name));
      current.addEventListener('securityfailure', (e) => {
        failure = { key: 'console.reason.security', detail: e.detail.reason };
      });
      current.addEventListener('credentialsrequired', () => {
        failure = { key: 'console.reason.credentials' };
        current.disconnect();
      });
      current.addEventListener('disconnect', () => {
        if (controller.signal.aborted) return;
        if (failure) {
          setClient(null);
          return setStatus({ kind: 'failed', reason: failure });
        }
        const close = lastClose ?? { code: 1006, reason: '' };
        const rule = closeRule(close);
        // A known code is already worded in the user's language; only an unknown one needs the gateway's text.
        const detail = rule.key === 'console.close.unknown' ? close.reason || undefined : undefined;
        dropped({ key: rule.key, code: close.code, detail }, rule.retry);
      });
    })();

    return () => {
      controller.abort();
      clearTimeout(retryTimer);
      rfb?.disconnect();
      if (live.current === rfb) live.current = null;
      setClient(null);
    };
  }, [container, Region, CompanyID, VMID, generation]);

  const reconnect = useCallback(() => {
    attempts.current = 0;
    setGeneration((g) => g + 1);
  }, []);

  return { status, client, desktopName, reconnect };
}
