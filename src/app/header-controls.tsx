import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Select, Space, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useScope } from '../components/scope-context';
import { useMe } from '../components/session-context';
import { TenantSwitch } from '../features/tenants/tenant-switch';
import { useT } from '../i18n/i18n-context';
import { LANGUAGES } from '../i18n/messages';
import { regionsQuery } from './regions-query';
import { useTheme, type ThemeChoice } from './theme-context';

export function HeaderControls() {
  const { t, language, setLanguage } = useT();
  const theme = useTheme();
  const me = useMe();
  const scope = useScope();
  const regions = useQuery(regionsQuery(undefined));
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    await fetch('/auth/logout', { method: 'POST', headers: { 'X-Requested-By': 'console', 'Content-Type': 'application/json' }, body: '{}' });
    queryClient.clear();
    navigate('/sign-in', { replace: true });
  };

  return (
    <Space wrap>
      {me.IsAdmin && <TenantSwitch />}
      <Select
        aria-label={t('header.region')}
        value={scope.region}
        onChange={scope.setRegion}
        style={{ minWidth: 140 }}
        options={regions.data?.Infos.map((r) => ({ value: r.Region, label: r.RegionAlias ? `${r.RegionAlias} (${r.Region})` : r.Region }))}
      />
      <Select
        aria-label={t('header.language')}
        value={language}
        onChange={setLanguage}
        options={LANGUAGES.map((l) => ({ value: l, label: l === 'zh-CN' ? '简体中文' : 'English' }))}
      />
      <Select<ThemeChoice>
        aria-label={t('header.theme')}
        value={theme.choice}
        onChange={theme.setChoice}
        options={(['system', 'light', 'dark'] as const).map((c) => ({ value: c, label: t(`header.theme.${c}`) }))}
      />
      <Tooltip title={me.PublicKey}>
        <Tag color={me.IsAdmin ? 'gold' : 'blue'} aria-label={t('header.account')}>
          {t(me.IsAdmin ? 'role.admin' : 'role.tenant')}
        </Tag>
      </Tooltip>
      <Button onClick={signOut}>{t('header.signOut')}</Button>
    </Space>
  );
}
