import { renderHook, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRegion } from '../../hook-test-wrapper';
import { useRfb } from './use-rfb';

// vm-demo0005 stays Running through every hook test (the others only try to start it), so the console can open.
let region: string;
beforeAll(async () => {
  region = await demoRegion();
});

const DISPLAY = { scaleToFit: true, viewOnly: false };

function screen(): { current: HTMLDivElement } {
  const element = document.createElement('div');
  document.body.append(element);
  return { current: element };
}

describe('useRfb against the console', () => {
  it('connects to a running VM through a ticket and the gateway bridge, names the desktop, and closes on unmount', async () => {
    const container = screen();
    const { result, unmount } = renderHook(() => useRfb(container, { Region: region, VMID: 'vm-demo0005' }, DISPLAY));
    expect(result.current.status.kind).toBe('connecting');
    await waitFor(() => expect(result.current.status).toEqual({ kind: 'connected' }), { timeout: 10_000 });
    expect(result.current.client).not.toBeNull();
    await waitFor(() => expect(result.current.desktopName).toContain('win-desktop'));
    expect(container.current.querySelector('canvas')).not.toBeNull();
    unmount();
    expect(container.current.querySelector('canvas')).toBeNull();
  });

  it('fails with the platform refusal for a VM that is not running, and opens nothing for no target', async () => {
    const container = screen();
    const { result } = renderHook(() => useRfb(container, { Region: region, VMID: 'vm-demo0008' }, DISPLAY));
    await waitFor(() => expect(result.current.status.kind).toBe('failed'));
    expect(result.current.status).toMatchObject({ kind: 'failed', reason: { retCode: expect.any(Number) } });
    const nothing = screen();
    const idle = renderHook(() => useRfb(nothing, null, DISPLAY));
    expect(idle.result.current.status).toEqual({ kind: 'idle' });
  });
});
