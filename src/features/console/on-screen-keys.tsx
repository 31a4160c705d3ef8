import { Button, Flex } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { SendKey } from './type-text';

interface ScreenKey {
  label: string;
  /** What a screen reader says, where the label is a symbol. */
  name?: 'console.key.up' | 'console.key.down' | 'console.key.left' | 'console.key.right';
  keysym: number;
  code: string;
}

// The keys a phone's own keyboard lacks (or keeps for itself); typing text goes through "Send text".
const KEYS: ScreenKey[] = [
  { label: 'Esc', keysym: 0xff1b, code: 'Escape' },
  { label: 'Tab', keysym: 0xff09, code: 'Tab' },
  { label: '←', name: 'console.key.left', keysym: 0xff51, code: 'ArrowLeft' },
  { label: '↑', name: 'console.key.up', keysym: 0xff52, code: 'ArrowUp' },
  { label: '↓', name: 'console.key.down', keysym: 0xff54, code: 'ArrowDown' },
  { label: '→', name: 'console.key.right', keysym: 0xff53, code: 'ArrowRight' },
  { label: '⌫', keysym: 0xff08, code: 'Backspace' },
  { label: 'Enter', keysym: 0xff0d, code: 'Enter' },
];

/** A row of keys under the screen on a phone: each press sends the key down and up. */
export function OnScreenKeys({ sendKey, disabled }: { sendKey: SendKey; disabled: boolean }) {
  const { t } = useT();
  return (
    <Flex role="group" aria-label={t('console.onScreenKeys')} wrap gap={4} style={{ padding: '8px 0' }}>
      {KEYS.map((key) => (
        <Button
          key={key.code}
          disabled={disabled}
          aria-label={key.name ? t(key.name) : key.code === 'Backspace' ? t('console.key.backspace') : undefined}
          onClick={() => {
            sendKey(key.keysym, key.code, true);
            sendKey(key.keysym, key.code, false);
          }}
        >
          {key.label}
        </Button>
      ))}
    </Flex>
  );
}
