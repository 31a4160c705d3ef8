import { Table, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes, type ReactNode } from 'react';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import type { RequestVmAction } from '../actions/use-vm-action-host';
import { vmColumns, type VmColumnContext, type VmColumnKey } from './vm-columns';
import { PAGE_SIZES, type VmSort, type VmSortKey } from '../../../entities/vm/vm-list-params';
import { VmRowMenu } from '../actions/vm-row-menu';
import { eagerRowCount, LAZY_ROWS_FROM, LazyRow, LazyRowsContext } from './lazy-row';

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
  sort: VmSort | null;
  onSort(sort: VmSort | null): void;
}

/** The columns that sort, and by what (the billing column by its expiry). */
const SORT_BY: Partial<Record<VmColumnKey, VmSortKey>> = { name: 'name', state: 'state', created: 'created', billing: 'expiry' };
const SELECTION_WIDTH = 32;
const ACTIONS_WIDTH = 130;
const COMPONENTS = { body: { row: LazyRow } };
// The row's index on the page reaches LazyRow as a prop: the first screenful renders at once.
const rowIndex = (_vm: VMInstanceInfo, index?: number) => ({ 'data-index': index }) as HTMLAttributes<HTMLElement>;

/** The VM table: rows keyed by VMID so a refresh keeps open menus and the selection. */
export function VmTable(props: Props) {
  const { t, language } = useT();
  const { visible, columnContext, request, sort } = props;
  // Kept between renders: a page change or a poll re-renders rows, not the column set-up.
  const shown = useMemo(() => vmColumns.filter((c) => visible.includes(c.key)), [visible]);
  const columns: TableColumnsType<VMInstanceInfo> = useMemo(
    () => [
      ...shown.map((c) => {
        const by = SORT_BY[c.key];
        return {
          key: c.key,
          title: t(c.title),
          width: c.width,
          render: (_: unknown, vm: VMInstanceInfo) => c.render(vm, t, language, columnContext),
          ...(by && { sorter: true, sortOrder: sort?.key === by ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null }),
        };
      }),
      // Pinned right: on a 1024 px laptop (or with the admin's owner column) the actions never scroll away.
      { key: 'actions', title: t('vms.list.actions'), width: ACTIONS_WIDTH, fixed: 'right' as const, render: (_, vm) => <VmRowMenu vm={vm} request={request} /> },
    ],
    [shown, columnContext, request, t, language, sort],
  );
  // The sum of fixed widths: the table scrolls sideways in its box without antd measuring any cell.
  const scrollX = useMemo(() => shown.reduce((sum, c) => sum + c.width, SELECTION_WIDTH + ACTIONS_WIDTH), [shown]);
  const lazyRows = useMemo(() => ({ lazy: props.vms.length > LAZY_ROWS_FROM, eager: eagerRowCount() }), [props.vms.length]);
  return (
    <div className="table-scroll">
      <LazyRowsContext.Provider value={lazyRows}>
        <Table<VMInstanceInfo>
          rowKey="VMID"
          size="middle"
          aria-label={t('vms.list.table')}
          dataSource={props.vms}
          columns={columns}
          loading={props.loading}
          locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
          scroll={{ x: scrollX }}
          components={COMPONENTS}
          onRow={rowIndex}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action !== 'sort' || Array.isArray(sorter)) return;
            const by = SORT_BY[sorter.columnKey as VmColumnKey];
            props.onSort(by && sorter.order ? { key: by, order: sorter.order === 'ascend' ? 'asc' : 'desc' } : null);
          }}
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
      </LazyRowsContext.Provider>
    </div>
  );
}
