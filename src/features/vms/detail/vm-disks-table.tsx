import { Table } from 'antd';
import { TableScroll } from '../../../components/table-scroll';
import type { VMDiskInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';

export function VmDisksTable({ disks }: { disks: VMDiskInfo[] }) {
  const { t } = useT();
  return (
    <TableScroll label={t('vms.tab.disks')}>
      <Table<VMDiskInfo>
        size="small"
        pagination={false}
        rowKey={(d) => d.DiskID ?? d.Drive ?? d.Name ?? ''}
        aria-label={t('vms.tab.disks')}
        dataSource={disks}
        columns={[
          { key: 'name', title: t('vms.disk.name'), render: (_, d) => d.Name || d.DiskID },
          { key: 'id', title: t('vms.disk.id'), dataIndex: 'DiskID' },
          { key: 'type', title: t('vms.disk.type'), render: (_, d) => t(d.Type === 'Boot' ? 'vms.delete.bootDisk' : 'vms.delete.dataDisk') },
          { key: 'size', title: t('vms.disk.size'), render: (_, d) => t('vms.disk.gb', { n: d.Size ?? 0 }) },
          { key: 'drive', title: t('vms.disk.drive'), dataIndex: 'Drive' },
          { key: 'storage', title: t('vms.disk.storage'), dataIndex: 'StorageSetType' },
          { key: 'elastic', title: t('vms.disk.elastic'), render: (_, d) => t(d.IsElastic === 'Y' ? 'common.yes' : 'common.no') },
        ]}
      />
    </TableScroll>
  );
}
