import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { FormItem } from '../../components/form-item';
import { tenantQueries } from '../../entities/tenant/tenant-queries';
import { useT } from '../../i18n/i18n-context';
import type { WizardForm } from './step-props';
import type { WizardField } from './wizard-schema';

/** Everything a tenant owns: chosen for one tenant, meaningless for another. */
const TENANT_OWNED: WizardField[] = ['VPCID', 'SubnetID', 'InternalIP', 'WANSGID', 'LANSGID', 'ProjectID'];

/** Admin only: the tenant that will own the VM (every lookup, the price and the create use it). */
export function TenantField({ form }: { form: WizardForm }) {
  const { t } = useT();
  const tenants = useQuery(tenantQueries.list());
  return (
    <FormItem control={form.control} name="CompanyID" label={t('createVm.tenant')} extra={t('createVm.tenant.help')} required>
      {({ value, onChange, onBlur, id }) => (
        <Select
          id={id}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          loading={tenants.isPending}
          placeholder={t('createVm.tenant.placeholder')}
          value={value as number | undefined}
          onBlur={onBlur}
          onChange={(next: number | undefined) => {
            onChange(next);
            for (const field of TENANT_OWNED) form.setValue(field, undefined);
          }}
          options={tenants.data?.Infos.map((u) => ({
            value: u.CompanyID,
            label: `${u.Name} (${u.CompanyID})${u.Email ? ` ${u.Email}` : ''}`,
          }))}
        />
      )}
    </FormItem>
  );
}
