import { CheckCircleFilled } from '@ant-design/icons';
import { TableScroll } from '../../../components/table-scroll';
import { Table, Tag } from 'antd';
import type { VMIPInfo } from '../../../../contract/vm-instance-info';
import { CopyText } from '../../../components/copy-text';
import { useT } from '../../../i18n/i18n-context';

export function VmIpsTable({ ips }: { ips: VMIPInfo[] }) {
  const { t } = useT();
  return (
    <TableScroll label={t('vms.tab.ips')}>
      <Table<VMIPInfo>
        size="small"
        pagination={false}
        rowKey={(ip) => ip.IPID ?? ip.IP ?? ''}
        aria-label={t('vms.tab.ips')}
        dataSource={ips}
        columns={[
          { key: 'ip', title: t('vms.ipTable.ip'), render: (_, ip) => (ip.IP ? <CopyText text={ip.IP} /> : '—') },
          { key: 'type', title: t('vms.ipTable.type'), render: (_, ip) => t(ip.Type === 'Public' ? 'vms.ip.publicTitle' : 'vms.ip.privateTitle') },
          { key: 'version', title: t('vms.ipTable.version'), dataIndex: 'IPVersion' },
          { key: 'sg', title: t('vms.ipTable.sg'), render: (_, ip) => (ip.SGName ? `${ip.SGName} (${ip.SGID})` : ip.SGID || '—') },
          { key: 'nic', title: t('vms.ipTable.nic'), render: (_, ip) => `${ip.NicType ?? ''} ${ip.InterfaceID ?? ''}`.trim() },
          { key: 'id', title: t('vms.ipTable.id'), dataIndex: 'IPID' },
          {
            key: 'gw',
            title: t('vms.ipTable.defaultGw'),
            render: (_, ip) =>
              ip.ISDefaultGW === 1 ? <Tag color="blue" icon={<CheckCircleFilled aria-hidden />}>{t('vms.ipTable.isDefault')}</Tag> : '—',
          },
        ]}
      />
    </TableScroll>
  );
}
