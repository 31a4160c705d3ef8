import { Modal } from 'antd';
import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../i18n/i18n-context';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation to another page through the
 * router's blocker, closing or reloading the tab through the browser's own prompt. Navigation that
 * only rewrites the query (the tenant parameter) is not leaving. `released` lets a finished create go.
 */
export function LeaveGuard({ when, released }: { when: boolean; released: RefObject<boolean> }) {
  const { t } = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when, released]);
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('createVm.leave.title')}
      okText={t('createVm.leave.ok')}
      cancelText={t('createVm.leave.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('createVm.leave.body')}
    </Modal>
  );
}
