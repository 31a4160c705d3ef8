import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useScope } from '../../entities/tenant/scope';
import { useMe } from '../../components/session-context';
import { useT } from '../../i18n/i18n-context';
import { CreateVmWizard } from './create-vm-wizard';
import { vmQueries } from '../../entities/vm/vm-queries';
import { draftKey, loadDraft, type StoredDraft } from './draft-storage';
import { draftFromVm } from './from-vm';
import { WIZARD_DEFAULTS } from './wizard-schema';

/**
 * `/vms/create`: a fresh wizard, the draft this tab left (after a reload), or with `?from=<VMID>`
 * ("Create similar") one prefilled from that VM.
 */
export default function CreateVmPage() {
  const { t } = useT();
  const me = useMe();
  const scope = useScope();
  const [params] = useSearchParams();
  const from = params.get('from');
  const storageKey = draftKey(scope.region, scope.companyId);
  const [saved] = useState(() => loadDraft(storageKey));
  const fresh = { ...WIZARD_DEFAULTS, CompanyID: me.IsAdmin ? scope.companyId : undefined };
  // The copy is taken once, so the detail query's polling is off here.
  const source = useQuery({ ...vmQueries.detail(scope, from ?? ''), enabled: from !== null, refetchInterval: false });

  if (from !== null) {
    if (source.isPending) return <div role="status" aria-label={t('common.loading')}><Spin /></div>;
    if (source.error) return <ApiErrorAlert error={source.error} onRetry={() => source.refetch()} />;
    const vm = source.data;
    if (!vm) return <Alert type="error" showIcon role="alert" title={t('createVm.from.notFound', { id: from })} />;
    const values = draftFromVm(vm);
    const initial: StoredDraft = { values: me.IsAdmin ? values : { ...values, CompanyID: undefined }, step: 0 };
    return <CreateVmWizard key={`from-${from}`} storageKey={storageKey} initial={initial} origin={{ copiedFrom: vm.Name }} fresh={fresh} />;
  }
  return (
    <CreateVmWizard
      key="draft"
      storageKey={storageKey}
      initial={saved ?? { values: fresh, step: 0 }}
      origin={saved ? { restored: true } : null}
      fresh={fresh}
      quick={params.get('mode') === 'quick'}
    />
  );
}
