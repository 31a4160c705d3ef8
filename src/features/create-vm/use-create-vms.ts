import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { call } from '../../api/client';
import { CreateVMInstance } from '../../../contract/create-vm-instance';
import type { ScopeKey } from '../../entities/tenant/scope';
import { createRequest } from './to-request';
import { instanceNames, type WizardValues } from './wizard-schema';

export interface CreateResult {
  name: string;
  vmId?: string;
  error?: unknown;
}

/**
 * Creates the VMs one after another (the platform allocates addresses in order) and reports each.
 * A single VM's failure is thrown, so the form shows it; with several, every result is returned.
 * One create per click: a second call while one is running is ignored.
 */
export function useCreateVms(scope: ScopeKey) {
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: async (values: WizardValues): Promise<CreateResult[]> => {
      const names = instanceNames(values.Name, values.Count);
      const results: CreateResult[] = [];
      for (const name of names) {
        const request = CreateVMInstance.request.parse({ ...createRequest(values, scope, name), Password: values.Password });
        try {
          const reply = await call('CreateVMInstance', request);
          results.push({ name, vmId: reply.VMID });
        } catch (error) {
          if (names.length === 1) throw error;
          results.push({ name, error });
        }
      }
      return results;
    },
  });
  const create = async (values: WizardValues): Promise<CreateResult[] | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    try {
      return await mutation.mutateAsync(values);
    } catch {
      return undefined;
    } finally {
      inFlight.current = false;
    }
  };
  return { create, mutation, inFlight };
}
