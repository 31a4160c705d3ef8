import { zodResolver } from '@hookform/resolvers/zod';
import { App, Form, Input, Modal, Progress } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormItem } from '../../components/form-item';
import { useT } from '../../i18n/i18n-context';
import { textToKeys } from './text-keys';
import { typeKeys, type SendKey } from './type-text';

// About 50 keys a second: slow enough that guests (and login prompts) keep up, fast enough for a script.
const KEY_DELAY_MS = 20;

// Text that maps to no key at all (only characters a keyboard cannot type) would send nothing.
const schema = z.object({ Text: z.string().refine((text) => textToKeys(text).length > 0, 'console.sendText.empty') });

interface Props {
  open: boolean;
  onClose(): void;
  sendKey: SendKey;
}

/** A multi-line box typed into the VM key by key, with progress and a way to stop. */
export function SendTextDialog({ open, onClose, sendKey }: Props) {
  const { t } = useT();
  const { message } = App.useApp();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { Text: '' } });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const type = async ({ Text }: z.infer<typeof schema>) => {
    const keys = textToKeys(Text);
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
      form.reset();
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
      onOk={() => (typing ? abort.current?.abort() : void form.handleSubmit(type)())}
      cancelButtonProps={{ disabled: typing }}
      cancelText={t('common.close')}
      onCancel={() => {
        abort.current?.abort();
        onClose();
      }}
      destroyOnHidden
    >
      <Form layout="vertical" component={false}>
        <FormItem
          control={form.control}
          name="Text"
          label={t('console.sendText.label')}
          extra={t('console.sendText.help', { rate: Math.round(1000 / KEY_DELAY_MS) })}
        >
          {({ value, onChange, onBlur, id }) => (
            <Input.TextArea
              id={id}
              rows={6}
              value={String(value)}
              disabled={typing}
              spellCheck={false}
              autoComplete="off"
              onBlur={onBlur}
              onChange={(e) => {
                onChange(e.target.value);
                form.clearErrors('Text');
              }}
            />
          )}
        </FormItem>
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
