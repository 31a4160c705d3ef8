import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useT } from '../../../i18n/i18n-context';
import { vmColumns, type VmColumnKey } from './vm-columns';

export function ColumnChooser({ visible, onChange }: { visible: VmColumnKey[]; onChange(keys: VmColumnKey[]): void }) {
  const { t } = useT();
  const content = (
    <Space direction="vertical" role="group" aria-label={t('vms.list.columns')}>
      {vmColumns.map((c) => (
        <Checkbox
          key={c.key}
          checked={visible.includes(c.key)}
          disabled={c.fixed}
          onChange={(e) => onChange(e.target.checked ? [...visible, c.key] : visible.filter((k) => k !== c.key))}
        >
          {t(c.title)}
        </Checkbox>
      ))}
    </Space>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined aria-hidden />}>{t('vms.list.columns')}</Button>
    </Popover>
  );
}
