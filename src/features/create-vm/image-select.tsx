import { Select, Space, Tag } from 'antd';
import type { ImageInfo } from '../../../contract/describe-image';
import { useT } from '../../i18n/i18n-context';
import { isWindowsImage } from './use-lookups';

interface ImageSelectProps {
  id: string;
  images: ImageInfo[] | undefined;
  loading: boolean;
  value: string | undefined;
  onChange(imageId: string): void;
  onBlur(): void;
}

/** Images grouped by operating system, searchable by name, id and OS, each marked Linux or Windows. */
export function ImageSelect({ id, images, loading, value, onChange, onBlur }: ImageSelectProps) {
  const { t } = useT();
  const groups = new Map<string, ImageInfo[]>();
  for (const image of images ?? []) {
    const os = image.OSName || image.OSType || t('createVm.image.otherOs');
    groups.set(os, [...(groups.get(os) ?? []), image]);
  }
  const options = [...groups.entries()].map(([os, list]) => ({
    label: os,
    title: os,
    options: list.map((image) => {
      const windows = isWindowsImage(image);
      return {
        value: image.ImageID,
        search: `${image.Name} ${image.ImageID} ${image.OSName ?? ''} ${image.OSType ?? ''}`.toLowerCase(),
        label: (
          <Space>
            <span>{image.Name}</span>
            <Tag color={windows ? 'blue' : 'green'}>{windows ? 'Windows' : 'Linux'}</Tag>
            {image.ImageType === 'Custom' && <Tag>{t('createVm.image.custom')}</Tag>}
            {image.ImageSize !== undefined && <span>{image.ImageSize} GB</span>}
          </Space>
        ),
      };
    }),
  }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: (input, option) => String((option as { search?: string } | undefined)?.search ?? '').includes(input.toLowerCase()) }}
      loading={loading}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      placeholder={t('createVm.image.placeholder')}
      options={options}
    />
  );
}
