import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import type { ScopeKey } from '../../entities/tenant/scope';
import { createRequest } from './to-request';
import { normalizeDraft } from './wizard-resolver';
import type { WizardDraft } from './wizard-schema';

/** "Copy as API request": the CreateVMInstance call these choices make, without the password. */
export function CopyRequestButton({ draft, scope }: { draft: WizardDraft; scope: ScopeKey }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const json = JSON.stringify({ Action: 'CreateVMInstance', ...createRequest(normalizeDraft(draft), scope) }, null, 2);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('createVm.copyRequest')}</Button>
      <Modal open={open} title={t('createVm.copyRequest')} footer={null} onCancel={() => setOpen(false)} width={640}>
        <Typography.Paragraph type="secondary">{t('createVm.copyRequest.help')}</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: json, tooltips: [t('common.copy'), t('common.copied')] }}>
          <pre aria-label={t('createVm.copyRequest.json')} style={{ maxHeight: 360, overflow: 'auto' }}>{json}</pre>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
