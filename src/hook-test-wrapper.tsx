import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { call } from './api/client';
import { createQueryClient } from './app/query-client';
import { ScopeContext } from './entities/tenant/scope';

/** The demo tenant's first region, as the signed-in shell would pick it. */
export async function demoRegion(): Promise<string> {
  const { Infos } = await call('DescribeRegion', {});
  const region = Infos[0]?.Region;
  if (!region) throw new Error('no region');
  return region;
}

/** What a hook finds above it in the signed-in app: the app's query client, fresh and with no retries, and the scope. */
export function hookWrapper(region: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const scope = { region, companyId: undefined, setRegion: () => undefined };
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>
      </QueryClientProvider>
    );
  }
  return { queryClient, wrapper: Wrapper };
}

/** The VM as the platform has it now. */
export async function describeVm(region: string, vmId: string) {
  const { Infos } = await call('DescribeVMInstance', { Region: region, VMIDs: [vmId] });
  const vm = Infos[0];
  if (!vm) throw new Error(`${vmId} not found`);
  return vm;
}
