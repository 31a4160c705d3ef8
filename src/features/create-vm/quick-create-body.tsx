import { Button, Flex, Input, Select, Typography } from 'antd';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { STEP_TITLES } from './choices';
import { ImageSelect } from './image-select';
import { PasswordBlock } from './password-block';
import { memoryLabel, plainSizes } from './spec-options';
import type { StepProps } from './step-props';

/** The full wizard's steps a "more options" link opens; the last (review) is not one. */
const MORE_OPTIONS = STEP_TITLES.slice(0, -1).map((title, step) => ({ title, step }));

/**
 * Quick create: the common case on one page — name, size, image, password — with everything else at the
 * wizard's defaults (the first VM type, its system disk, the first VPC and subnet). "More options" opens the
 * full wizard at the step that holds them, with what is filled in here kept.
 */
export function QuickCreateBody({ form, draft, lookups, onMoreOptions }: StepProps & { onMoreOptions(step: number): void }) {
  const { t } = useT();
  const sizes = plainSizes(lookups.vmType?.Specs);
  const sizeKey = (cpu: number | undefined, memory: number | undefined) => `${cpu ?? ''}/${memory ?? ''}`;
  return (
    <>
      <FormItem control={form.control} name="Name" label={t('createVm.name')} extra={t('createVm.name.help')} required>
        {({ value, onChange, onBlur, id }) => (
          <Input id={id} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )}
      </FormItem>
      <FormItem control={form.control} name="Memory" label={t('createVm.quick.size')} required>
        {({ onBlur, id }) => (
          <Select
            id={id}
            value={draft.CPU !== undefined ? sizeKey(draft.CPU, draft.Memory) : undefined}
            onBlur={onBlur}
            loading={lookups.vmTypes.isPending}
            onChange={(key: string) => {
              const size = sizes.find((s) => sizeKey(s.CPU, s.Memory) === key);
              form.setValue('CPU', size?.CPU, { shouldDirty: true });
              form.setValue('Memory', size?.Memory, { shouldDirty: true, shouldValidate: true });
            }}
            options={sizes.map((s) => ({ value: sizeKey(s.CPU, s.Memory), label: `${t('createVm.cpu.count', { count: s.CPU })} · ${memoryLabel(s.Memory)}` }))}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="ImageID" label={t('createVm.image')} required>
        {({ value, onChange, onBlur, id }) => (
          <ImageSelect id={id} images={lookups.images.data} loading={lookups.images.isPending} value={value as string | undefined} onChange={onChange} onBlur={onBlur} />
        )}
      </FormItem>
      <PasswordBlock form={form} draft={draft} lookups={lookups} />
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t('createVm.quick.more')}</Typography.Text>
        <Flex wrap gap={8}>
          {MORE_OPTIONS.map(({ title, step }) => (
            <Button key={step} size="small" onClick={() => onMoreOptions(step)}>
              {t(title)}
            </Button>
          ))}
        </Flex>
      </Flex>
    </>
  );
}
