import { Alert, Input, Select, Switch } from 'antd';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { PublicIpFields } from './public-ip-fields';
import type { StepProps } from './step-props';

/** Step 4: VPC, a subnet of it, an optional fixed internal IP, security groups and a public IP. */
export function StepNetwork({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const sgOptions = lookups.securityGroups.data?.map((sg) => ({ value: sg.SGID, label: `${sg.Name} (${sg.SGID})` }));
  if (!lookups.tenantChosen) return <Alert type="info" showIcon title={t('createVm.network.needTenant')} />;
  return (
    <>
      <FormItem control={form.control} name="VPCID" label={t('createVm.vpc')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select
            id={id}
            value={value as string | undefined}
            onBlur={onBlur}
            loading={lookups.vpcs.isPending}
            onChange={(vpcId: string) => {
              onChange(vpcId);
              form.setValue('SubnetID', undefined);
            }}
            options={lookups.vpcs.data?.map((v) => ({ value: v.VPCID, label: `${v.Name} (${v.Network ?? v.VPCID})` }))}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="SubnetID" label={t('createVm.subnet')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select
            id={id}
            value={value as string | undefined}
            onChange={onChange}
            onBlur={onBlur}
            disabled={!draft.VPCID}
            loading={lookups.subnets.isFetching}
            options={lookups.subnets.data?.map((s) => ({ value: s.SubnetID, label: `${s.Name} (${s.Network ?? s.SubnetID})` }))}
          />
        )}
      </FormItem>
      <FormItem
        control={form.control}
        name="InternalIP"
        label={t('createVm.internalIp')}
        extra={lookups.subnet?.Network ? t('createVm.internalIp.helpCidr', { cidr: lookups.subnet.Network }) : t('createVm.internalIp.help')}
      >
        {({ value, onChange, onBlur, id }) => (
          <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value.trim())} onBlur={onBlur} />
        )}
      </FormItem>
      <FormItem control={form.control} name="WANSGID" label={t('createVm.wanSg')}>
        {({ value, onChange, onBlur, id }) => (
          <Select id={id} allowClear value={value as string | undefined} onChange={onChange} onBlur={onBlur} options={sgOptions} />
        )}
      </FormItem>
      <FormItem control={form.control} name="LANSGID" label={t('createVm.lanSg')}>
        {({ value, onChange, onBlur, id }) => (
          <Select id={id} allowClear value={value as string | undefined} onChange={onChange} onBlur={onBlur} options={sgOptions} />
        )}
      </FormItem>
      <FormItem control={form.control} name="PublicIp" label={t('createVm.publicIp')}>
        {({ value, onChange, id }) => <Switch id={id} checked={value === true} onChange={onChange} />}
      </FormItem>
      {draft.PublicIp && <PublicIpFields form={form} operators={lookups.operators} />}
    </>
  );
}
