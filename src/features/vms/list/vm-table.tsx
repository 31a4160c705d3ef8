import { Table, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import type { RequestVmAction } from '../actions/use-vm-action-host';
import { vmColumns, type VmColumnContext, type VmColumnKey } from './vm-columns';
import { PAGE_SIZES } from '../../../entities/vm/vm-list-params';
import { VmRowMenu } from '../actions/vm-row-menu';

interface Props {
  vms: VMInstanceInfo[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  visible: VmColumnKey[];
  columnContext: VmColumnContext;
  selected: VMInstanceInfo[];
  onSelect(vms: VMInstanceInfo[]): void;
  onPage(page: number, pageSize: number): void;
  request: RequestVmAction;
  /** What an empty page shows instead of antd's bare "No data". */
  emptyText?: ReactNode;
}

/** The VM table: rows keyed by VMID so a refresh keeps open menus and the selection. */
export function VmTable(props: Props) {
  const { t, language } = useT();
  const { visible, columnContext, request } = props;
  // Kept between renders: a page change or a poll re-renders rows, not the column set-up.
  const columns: TableColumnsType<VMInstanceInfo> = useMemo(
    () => [
      ...vmColumns
        .filter((c) => visible.includes(c.key))
        .map((c) => ({ key: c.key, title: t(c.title), width: c.width, render: (_: unknown, vm: VMInstanceInfo) => c.render(vm, t, language, columnContext) })),
      { key: 'actions', title: t('vms.list.actions'), width: 130, render: (_, vm) => <VmRowMenu vm={vm} request={request} /> },
    ],
    [visible, columnContext, request, t, language],
  );
  return (
    <div className="table-scroll">
      <Table<VMInstanceInfo>
        rowKey="VMID"
        size="middle"
        aria-label={t('vms.list.table')}
        dataSource={props.vms}
        columns={columns}
        loading={props.loading}
        locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
        rowSelection={{
          preserveSelectedRowKeys: true,
          selectedRowKeys: props.selected.map((v) => v.VMID),
          getCheckboxProps: (vm) => ({ 'aria-label': t('vms.list.select', { name: vm.Name }) }),
          onChange: (keys, rows) =>
            props.onSelect(
              keys.flatMap((k) => {
                const vm = rows.find((r) => r?.VMID === k) ?? props.selected.find((s) => s.VMID === k);
                return vm ? [vm] : [];
              }),
            ),
        }}
        pagination={{
          current: props.page,
          pageSize: props.pageSize,
          total: props.total,
          pageSizeOptions: PAGE_SIZES.map(String),
          showSizeChanger: true,
          showTotal: (total) => t('vms.list.total', { total }),
          onChange: (page, pageSize) => props.onPage(pageSize === props.pageSize ? page : 1, pageSize),
        }}
      />
    </div>
  );
}
