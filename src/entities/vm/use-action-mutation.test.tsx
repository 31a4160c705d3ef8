import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { demoRegion, describeVm, hookWrapper } from '../../hook-test-wrapper';
import { IGNORED, useActionMutation } from './use-action-mutation';

let region: string;
beforeAll(async () => {
  region = await demoRegion();
});

/** The /api calls of one action the page sent while `body` ran. */
async function callsOf(action: string, body: () => Promise<void>): Promise<number> {
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  try {
    await body();
    return fetchSpy.mock.calls.filter(([, init]) => String(init?.body).includes(`"Action":"${action}"`)).length;
  } finally {
    fetchSpy.mockRestore();
  }
}

describe('useActionMutation against the console', () => {
  it('sends a double click once, and the VM starts', async () => {
    const { wrapper } = hookWrapper(region);
    const { result } = renderHook(() => useActionMutation('StartVMInstance'), { wrapper });
    const onSuccess = vi.fn();
    const sent = await callsOf('StartVMInstance', async () => {
      act(() => {
        result.current.run({ VMID: 'vm-demo0004' }, { onSuccess });
        result.current.run({ VMID: 'vm-demo0004' }, { onSuccess });
      });
      await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    });
    expect(sent).toBe(1);
    expect(['Starting', 'Running']).toContain((await describeVm(region, 'vm-demo0004')).State);
  });

  it('answers IGNORED to an awaited second call while the first is in flight', async () => {
    const { wrapper } = hookWrapper(region);
    const { result } = renderHook(() => useActionMutation('StopVMInstance'), { wrapper });
    let answers: unknown[] = [];
    await act(async () => {
      answers = await Promise.all([result.current.runAsync({ VMID: 'vm-demo0001' }), result.current.runAsync({ VMID: 'vm-demo0001' })]);
    });
    expect(answers[1]).toBe(IGNORED);
    expect(answers[0]).toMatchObject({ RetCode: 0 });
  });

  it('with a key per VM, two VMs go at once while each drops its own second click', async () => {
    const { wrapper } = hookWrapper(region);
    const { result } = renderHook(() => useActionMutation('StopVMInstance', { key: (p) => p.VMID }), { wrapper });
    const sent = await callsOf('StopVMInstance', async () => {
      await act(async () => {
        const answers = await Promise.all([
          result.current.runAsync({ VMID: 'vm-demo0002' }),
          result.current.runAsync({ VMID: 'vm-demo0002' }),
          result.current.runAsync({ VMID: 'vm-demo0003' }),
        ]);
        expect(answers.map((a) => (a === IGNORED ? 'ignored' : 'sent'))).toEqual(['sent', 'ignored', 'sent']);
      });
    });
    expect(sent).toBe(2);
  });

  it('a refused call carries the platform RetCode and Message, and the guard lets the next click through', async () => {
    const { wrapper } = hookWrapper(region);
    const { result } = renderHook(() => useActionMutation('StartVMInstance'), { wrapper });
    const onError = vi.fn();
    act(() => result.current.run({ VMID: 'vm-demo0005' }, { onError }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ retCode: 1005 });
    expect((error as ApiError).message).toMatch(/Running/);
    await waitFor(() => expect(result.current.error).toBe(error));
    act(() => result.current.run({ VMID: 'vm-demo0005' }, { onError }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
  });
});
