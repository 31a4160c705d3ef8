import { App, Form, Input, Modal, Progress } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { textToKeys } from './text-keys';
import { typeKeys, type SendKey } from './type-text';

// About 50 keys a second: slow enough that guests (and login prompts) keep up, fast enough for a script.
const KEY_DELAY_MS = 20;

interface Props {
  open: boolean;
  onClose(): void;
  sendKey: SendKey;
}

/** A multi-line box typed into the VM key by key, with progress and a way to stop. */
export function SendTextDialog({ open, onClose, sendKey }: Props) {
  const { t } = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [empty, setEmpty] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const fieldId = useId();
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const keys = textToKeys(text);
    if (keys.length === 0) return setEmpty(true);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: keys.length });
    const typed = await typeKeys(sendKey, keys, {
      delayMs: KEY_DELAY_MS,
      signal: controller.signal,
      onProgress: (done) => setProgress({ done, total: keys.length }),
    });
    abort.current = null;
    setProgress(null);
    if (controller.signal.aborted) message.info(t('console.sendText.stopped', { count: typed }));
    else {
      message.success(t('console.sendText.done', { count: typed }));
      setText('');
      onClose();
    }
  };
  const typing = progress !== null;

  return (
    <Modal
      open={open}
      title={t('console.sendText.title')}
      okText={typing ? t('console.sendText.stop') : t('console.sendText.submit')}
      okButtonProps={{ danger: typing }}
      onOk={() => (typing ? abort.current?.abort() : void start())}
      cancelButtonProps={{ disabled: typing }}
      cancelText={t('common.close')}
      onCancel={() => {
        abort.current?.abort();
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('console.sendText.label')}
          htmlFor={fieldId}
          help={empty ? t('console.sendText.empty') : t('console.sendText.help', { rate: Math.round(1000 / KEY_DELAY_MS) })}
          validateStatus={empty ? 'error' : undefined}
        >
          <Input.TextArea
            id={fieldId}
            rows={6}
            value={text}
            disabled={typing}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => {
              setText(e.target.value);
              setEmpty(false);
            }}
          />
        </Form.Item>
      </Form>
      {progress && (
        <div>
          <Progress
            percent={Math.floor((progress.done / progress.total) * 100)}
            aria-label={t('console.sendText.progress', progress)}
          />
          <div aria-live="polite">{t('console.sendText.progress', progress)}</div>
        </div>
      )}
    </Modal>
  );
}
