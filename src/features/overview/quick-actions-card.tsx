import { CodeOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { createVm, vmConsole, vmList } from '../../paths';
import type { VmSample } from '../../entities/vm/vm-queries';

/** Create a VM, open the list, or open the console of a running VM. */
export function QuickActionsCard({ sample }: { sample: UseQueryResult<VmSample> }) {
  const { t } = useT();
  const navigate = useNavigate();
  const running = (sample.data?.vms ?? []).filter((vm) => vm.State === 'Running');
  const [chosen, setChosen] = useState<string>();
  const vmId = chosen && running.some((vm) => vm.VMID === chosen) ? chosen : running[0]?.VMID;
  return (
    <Card title={t('overview.quick.title')} style={{ height: '100%' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(createVm())}>
            {t('overview.quick.create')}
          </Button>
          <Button icon={<UnorderedListOutlined />} onClick={() => navigate(vmList())}>
            {t('overview.quick.list')}
          </Button>
        </Space>
        <Space.Compact style={{ width: '100%' }}>
          <Select
            aria-label={t('overview.quick.consoleVm')}
            style={{ flex: 1, minWidth: 0 }}
            value={vmId}
            onChange={setChosen}
            loading={sample.isPending}
            disabled={running.length === 0}
            placeholder={t(sample.isPending ? 'common.loading' : 'overview.quick.noRunning')}
            options={running.map((vm) => ({ value: vm.VMID, label: `${vm.Name} (${vm.VMID})` }))}
          />
          <Button icon={<CodeOutlined />} disabled={!vmId} onClick={() => vmId && navigate(vmConsole(vmId))}>
            {t('overview.quick.console')}
          </Button>
        </Space.Compact>
        {sample.data?.capped && <Typography.Text type="secondary">{t('overview.quick.capped')}</Typography.Text>}
      </Space>
    </Card>
  );
}
