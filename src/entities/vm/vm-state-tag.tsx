import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { isTransitional } from '../../../contract/vm-states';
import { useT } from '../../i18n/i18n-context';
import { stateText } from './format';

/** State as text plus an icon (spinning while in motion) and a colour: never colour alone. */
export function VmStateTag({ state }: { state: string }) {
  const { t } = useT();
  const moving = isTransitional(state);
  const [color, icon] = moving
    ? ['processing', <SyncOutlined spin aria-hidden key="i" />]
    : state === 'Running'
      ? ['success', <CheckCircleOutlined aria-hidden key="i" />]
      : state === 'Stopped'
        ? ['default', <MinusCircleOutlined aria-hidden key="i" />]
        : state === 'Failed'
          ? ['error', <CloseCircleOutlined aria-hidden key="i" />]
          : ['warning', <ExclamationCircleOutlined aria-hidden key="i" />];
  return (
    <Tag color={color} icon={icon}>
      {stateText(state, t)}
    </Tag>
  );
}
