import { InputNumber, Select } from 'antd';
import { BOOT_DISK_RANGE } from '../../../contract/fields';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { ImageSelect } from './image-select';
import type { StepProps } from './step-props';

/** Step 3: the image, the system disk (never smaller than the image) and an optional data disk. */
export function StepImageDisks({ form, draft, lookups }: StepProps) {
  const { t } = useT();
  const storageOptions = lookups.storageTypes.data?.map((s) => ({
    value: s.StorageType,
    label: s.StorageTypeAlias ? `${s.StorageTypeAlias} (${s.StorageType})` : s.StorageType,
  }));
  const imageSize = lookups.image?.ImageSize;
  return (
    <>
      <FormItem control={form.control} name="ImageID" label={t('createVm.image')} required>
        {({ value, onChange, onBlur, id }) => (
          <ImageSelect
            id={id}
            images={lookups.images.data}
            loading={lookups.images.isPending}
            value={value as string | undefined}
            onBlur={onBlur}
            onChange={(imageId) => {
              onChange(imageId);
              // Grow the system disk to fit a larger image rather than leave the user to find out.
              const size = lookups.images.data?.find((i) => i.ImageID === imageId)?.ImageSize ?? 0;
              if ((draft.BootDiskSpace ?? 0) < size && size <= BOOT_DISK_RANGE[1]) form.setValue('BootDiskSpace', Math.max(size, BOOT_DISK_RANGE[0]));
            }}
          />
        )}
      </FormItem>
      <FormItem control={form.control} name="BootDiskSetType" label={t('createVm.bootDiskType')} required>
        {({ value, onChange, onBlur, id }) => (
          <Select id={id} value={value as string | undefined} onChange={onChange} onBlur={onBlur} loading={lookups.storageTypes.isPending} options={storageOptions} />
        )}
      </FormItem>
      <FormItem
        control={form.control}
        name="BootDiskSpace"
        label={t('createVm.bootDiskSpace')}
        extra={imageSize !== undefined ? t('createVm.bootDiskSpace.helpImage', { size: imageSize }) : t('createVm.bootDiskSpace.help')}
        required
      >
        {({ value, onChange, onBlur, id }) => (
          // No min/max on the box: it would silently clamp, and the user should see why a size is refused.
          <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange(v ?? undefined)} onBlur={onBlur} precision={0} suffix="GB" />
        )}
      </FormItem>
      <FormItem control={form.control} name="DataDiskSetType" label={t('createVm.dataDiskType')} extra={t('createVm.dataDiskType.help')}>
        {({ value, onChange, onBlur, id }) => (
          <Select id={id} allowClear value={value as string | undefined} onChange={onChange} onBlur={onBlur} options={storageOptions} />
        )}
      </FormItem>
      <FormItem control={form.control} name="DataDiskSpace" label={t('createVm.dataDiskSpace')} extra={t('createVm.dataDiskSpace.help')}>
        {({ value, onChange, onBlur, id }) => (
          <InputNumber id={id} value={value as number | undefined} onChange={(v) => onChange(v ?? undefined)} onBlur={onBlur} precision={0} suffix="GB" />
        )}
      </FormItem>
    </>
  );
}
