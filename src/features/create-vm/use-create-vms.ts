import { CreateVMInstance } from '../../../contract/create-vm-instance';
import type { ScopeKey } from '../../entities/tenant/scope';
import { IGNORED, useActionMutation } from '../../entities/vm/use-action-mutation';
import { createRequest } from './to-request';
import { instanceNames, type WizardValues } from './wizard-schema';

export interface CreateResult {
  name: string;
  vmId?: string;
  error?: unknown;
}

/**
 * Creates the VMs one after another (the platform allocates addresses in order) and reports each.
 * A single VM's failure is left on the mutation, so the form shows it, and returned as `refused`, so the
 * wizard can put it on the field it names; with several, every result is returned. One create per click: useActionMutation ignores a call while one is in flight, and a run
 * whose first VM was ignored is a second click, so it stops there.
 */
export function useCreateVms(scope: ScopeKey) {
  const mutation = useActionMutation('CreateVMInstance', { scope });
  const create = async (values: WizardValues): Promise<CreateResult[] | { refused: unknown } | undefined> => {
    const names = instanceNames(values.Name, values.Count);
    const results: CreateResult[] = [];
    for (const name of names) {
      // The scope comes from the hook; the schema applies the document's defaults and rules once more.
      const { Region: _region, CompanyID: _company, ...params } = CreateVMInstance.request.parse({
        ...createRequest(values, scope, name),
        Password: values.Password,
      });
      try {
        const reply = await mutation.runAsync(params);
        if (reply === IGNORED) return undefined;
        results.push({ name, vmId: reply.VMID });
      } catch (error) {
        if (names.length === 1) return { refused: error };
        results.push({ name, error });
      }
    }
    return results;
  };
  return { create, mutation };
}
