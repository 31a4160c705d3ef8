import { useQuery } from '@tanstack/react-query';
import { Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { VM_STATES } from '../../../../contract/vm-states';
import { useScope } from '../../../entities/tenant/scope';
import { useT } from '../../../i18n/i18n-context';
import { stateText } from '../../../entities/vm/format';
import { lookupQueries } from '../../../entities/vm/lookup-queries';
import type { VmListView } from '../../../entities/vm/vm-list-params';

interface Props {
  view: VmListView;
  /** Project ids seen in the rows so far, offered as choices (any id can also be typed). */
  knownProjects: string[];
  onChange(patch: Partial<VmListView>, opts?: { replace?: boolean }): void;
}

const SEARCH_DELAY_MS = 400;

export function VmListFilters({ view, knownProjects, onChange }: Props) {
  const { t } = useT();
  const scope = useScope();
  const vpcs = useQuery(lookupQueries.vpcs(scope));
  const subnets = useQuery(lookupQueries.subnets(scope, view.vpcId));
  const [keyword, setKeyword] = useState(view.keyword);
  const [urlKeyword, setUrlKeyword] = useState(view.keyword);
  if (view.keyword !== urlKeyword) {
    // Back / forward changed the URL: the box follows it.
    setUrlKeyword(view.keyword);
    setKeyword(view.keyword);
  }
  useEffect(() => {
    if (keyword.trim() === view.keyword.trim()) return;
    const timer = setTimeout(() => onChange({ keyword, page: 1 }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [keyword, view.keyword, onChange]);

  return (
    <Space wrap role="search" aria-label={t('vms.filter.label')}>
      <Input.Search
        allowClear
        aria-label={t('vms.filter.search')}
        placeholder={t('vms.filter.searchPlaceholder')}
        value={keyword}
        onChange={(e) => setKeyword(e.target.value)}
        onSearch={(value) => onChange({ keyword: value, page: 1 })}
        style={{ width: 260 }}
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t('vms.filter.state')}
        placeholder={t('vms.filter.state')}
        value={view.states}
        onChange={(states) => onChange({ states, page: 1 })}
        options={VM_STATES.map((s) => ({ value: s, label: stateText(s, t) }))}
        style={{ minWidth: 180 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('vms.filter.vpc')}
        placeholder={t('vms.filter.vpc')}
        value={view.vpcId || undefined}
        loading={vpcs.isPending}
        onChange={(vpcId?: string) => onChange({ vpcId: vpcId ?? '', subnetId: '', page: 1 })}
        options={(vpcs.data ?? []).map((v) => ({ value: v.VPCID, label: `${v.Name} (${v.VPCID})` }))}
        style={{ minWidth: 200 }}
      />
      <Select
        allowClear
        aria-label={t('vms.filter.subnet')}
        placeholder={view.vpcId ? t('vms.filter.subnet') : t('vms.filter.subnetNeedsVpc')}
        disabled={!view.vpcId}
        value={view.subnetId || undefined}
        loading={subnets.isFetching}
        onChange={(subnetId?: string) => onChange({ subnetId: subnetId ?? '', page: 1 })}
        options={(subnets.data ?? []).map((s) => ({ value: s.SubnetID, label: `${s.Name} (${s.Network ?? s.SubnetID})` }))}
        style={{ minWidth: 200 }}
      />
      <Select
        mode="tags"
        allowClear
        aria-label={t('vms.filter.project')}
        placeholder={t('vms.filter.project')}
        value={view.projectIds}
        onChange={(projectIds: string[]) => onChange({ projectIds, page: 1 })}
        options={[...new Set([...knownProjects, ...view.projectIds])].map((p) => ({ value: p, label: p }))}
        style={{ minWidth: 180 }}
      />
    </Space>
  );
}
