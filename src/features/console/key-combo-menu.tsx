import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useT } from '../../i18n/i18n-context';
import { KEY_COMBOS, sendCombo } from './key-combos';
import type { SendKey } from './type-text';

/** Key combinations the browser or the OS would otherwise keep for themselves. */
export function KeyComboMenu({ sendKey, disabled }: { sendKey: SendKey; disabled: boolean }) {
  const { t } = useT();
  return (
    <Dropdown
      disabled={disabled}
      trigger={['click']}
      menu={{
        items: KEY_COMBOS.map((combo) => ({
          key: combo.id,
          label: combo.id === 'super' ? t('console.keys.super') : combo.label,
        })),
        onClick: ({ key }) => {
          const combo = KEY_COMBOS.find((c) => c.id === key);
          if (combo) sendCombo(sendKey, combo);
        },
      }}
    >
      <Button aria-label={t('console.keys.label')}>
        {t('console.keys')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
