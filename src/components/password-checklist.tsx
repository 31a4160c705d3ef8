import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { passwordProblems, type PasswordRule } from '../../contract/fields';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';

const RULE_TEXT: Record<PasswordRule, MessageKey> = {
  length: 'validation.password.length',
  classes: 'validation.password.classes',
  windows: 'validation.password.windows',
};

/** The document's password rules, ticking as the user types (icon and text, never colour alone). */
export function PasswordChecklist({ password, windows }: { password: string; windows: boolean }) {
  const { t } = useT();
  const problems = passwordProblems(password ?? '', { windows });
  const rules: PasswordRule[] = windows ? ['length', 'classes', 'windows'] : ['length', 'classes'];
  return (
    <Space direction="vertical" size={0} aria-live="polite">
      {rules.map((rule) => {
        const ok = password !== '' && !problems.includes(rule);
        return (
          <Typography.Text key={rule} type={ok ? 'success' : 'secondary'}>
            {ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleOutlined aria-hidden />}{' '}
            <span className="visually-hidden">{ok ? '✓' : '✗'}</span> {t(RULE_TEXT[rule])}
          </Typography.Text>
        );
      })}
    </Space>
  );
}
