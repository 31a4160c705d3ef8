import { EnvironmentOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useContext } from 'react';
import { ScopeContext } from '../entities/tenant/scope';
import { useT } from '../i18n/i18n-context';
import { regionsQuery } from './regions-query';

/** The region every page works in; the scope provider remembers the choice. */
export function RegionSelect({ block = false }: { block?: boolean }) {
  const { t } = useT();
  const scope = useContext(ScopeContext);
  const regions = useQuery(regionsQuery(undefined));
  const style = { width: block ? '100%' : undefined, minWidth: 150 };
  // Until the regions are known the control holds its place (and says it is loading), so the header does not jump.
  if (!scope) return <Select aria-label={t('header.region')} loading disabled placeholder={t('common.loading')} prefix={<EnvironmentOutlined aria-hidden />} style={style} />;
  return (
    <Select
      aria-label={t('header.region')}
      value={scope.region}
      onChange={scope.setRegion}
      prefix={<EnvironmentOutlined aria-hidden />}
      style={style}
      popupMatchSelectWidth={false}
      options={regions.data?.Infos.map((r) => ({
        value: r.Region,
        label: r.RegionAlias ? `${r.RegionAlias} (${r.Region})` : r.Region,
      }))}
    />
  );
}
