import { Alert, Select } from 'antd';
import { gpuField } from '../../../contract/fields';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { firstSpec, memoryLabel, specOptions } from './spec-options';
import type { StepProps } from './step-props';

/** Step 2: the VM type and one of the CPU / memory (/ GPU) sizes it offers. */
export function StepCompute({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const specs = lookups.vmType?.Specs;
  const options = specOptions(specs, draft.CPU);
  return (
    <>
      <FormItem control={form.control} name="VMType" label={t('createVm.vmType')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select
            id={id}
            value={value as string | undefined}
            onBlur={onBlur}
            loading={lookups.vmTypes.isPending}
            onChange={(next: string) => {
              onChange(next);
              const spec = firstSpec(lookups.vmTypes.data?.find((v) => v.VMType === next)?.Specs);
              form.setValue('CPU', spec?.CPU);
              form.setValue('Memory', spec?.Memory);
              form.setValue('GPU', gpuField.safeParse(spec?.GPU).data);
            }}
            options={lookups.vmTypes.data?.map((v) => ({
              value: v.VMType,
              label: `${v.VMTypeAlias || v.VMType} (${v.VMType}${v.SetArch ? `, ${v.SetArch}` : ''})`,
            }))}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="CPU" label={t('createVm.cpu')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select
            id={id}
            value={value as number | undefined}
            onBlur={onBlur}
            disabled={!lookups.vmType}
            onChange={(cpu: number) => {
              onChange(cpu);
              const memories = specOptions(specs, cpu).memories;
              if (!memories.includes(draft.Memory ?? -1)) form.setValue('Memory', memories[0]);
            }}
            options={options.cpus.map((c) => ({ value: c, label: t('createVm.cpu.count', { count: c }) }))}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="Memory" label={t('createVm.memory')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select
            id={id}
            value={value as number | undefined}
            onBlur={onBlur}
            disabled={!draft.CPU}
            onChange={onChange}
            options={options.memories.map((m) => ({ value: m, label: memoryLabel(m) }))}
          />
        )}
      </FormItem>
      {options.hasGpu ? (
        <FormItem control={form.control} name="GPU" label={t('createVm.gpu')} extra={t('createVm.gpu.rule')}>
          {({ value, onChange, onBlur, id }) => (
            <Select
              id={id}
              value={(value as number | undefined) ?? 0}
              onBlur={onBlur}
              onChange={(gpu: number) => onChange(gpuField.safeParse(gpu).data)}
              options={[
                ...(options.hasPlain ? [{ value: 0, label: t('createVm.gpu.none') }] : []),
                ...options.gpus.map((g) => ({ value: g, label: t('createVm.gpu.count', { count: g }) })),
              ]}
            />
          )}
        </FormItem>
      ) : (
        lookups.vmType && <Alert type="info" showIcon title={t('createVm.gpu.unavailable')} />
      )}
    </>
  );
}
