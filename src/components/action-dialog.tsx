import { Alert, Button, Modal, Space } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';
import { useActingTenant } from '../entities/tenant/use-acting-tenant';
import { useT } from '../i18n/i18n-context';

interface ActionDialogProps {
  title: string;
  okText: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  okDisabled?: boolean;
  onSubmit(): void;
  onClose(): void;
  /** Replaces the whole body and footer, e.g. the show-once password after success. */
  done?: ReactNode;
  width?: number;
  children: ReactNode;
}

/**
 * The wiring every VM dialog shares: modal, the acting tenant named, the platform's error, a footer
 * whose submit is disabled while pending. Enter submits the form once; held-down Enter repeats are dropped.
 */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useT();
  const tenant = useActingTenant();
  const formId = `vm-dialog-${props.title.replace(/\W+/g, '-')}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.repeat) e.preventDefault();
  };
  const footer = props.done ? (
    <Button type="primary" onClick={props.onClose}>{t('common.close')}</Button>
  ) : (
    <Space>
      <Button onClick={props.onClose} disabled={props.pending}>{t('common.cancel')}</Button>
      <Button
        type="primary"
        danger={props.danger}
        htmlType="submit"
        form={formId}
        loading={props.pending}
        disabled={props.okDisabled || props.pending}
      >
        {props.okText}
      </Button>
    </Space>
  );
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.pending ? undefined : props.onClose}
      maskClosable={false}
      footer={footer}
      width={props.width}
      destroyOnHidden
    >
      {props.done ?? (
        <form
          id={formId}
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(e) => {
            e.preventDefault();
            if (!props.pending && !props.okDisabled) props.onSubmit();
          }}
        >
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            {tenant && <Alert type="info" showIcon title={t('vms.dialog.tenant', { tenant: tenant.label })} />}
            {props.children}
            {props.error ? <ApiErrorAlert error={props.error} /> : null}
          </Space>
        </form>
      )}
    </Modal>
  );
}
