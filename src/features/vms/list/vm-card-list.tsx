import type { ReactNode } from 'react';
import { Pagination } from 'antd';
import type { VMInstanceInfo } from '../../../../contract/vm-instance-info';
import { useT } from '../../../i18n/i18n-context';
import type { RequestVmAction } from '../actions/use-vm-action-host';
import { VmRowMenu } from '../actions/vm-row-menu';
import { vmColumns, type VmColumnContext, type VmColumnKey } from './vm-columns';

interface Props {
  vms: VMInstanceInfo[];
  total: number;
  page: number;
  pageSize: number;
  columnContext: VmColumnContext;
  onPage(page: number, pageSize: number): void;
  request: RequestVmAction;
  /** What an empty page shows. */
  emptyText?: ReactNode;
}

/** What a card shows, in this order: the list's own cells, so a card and a row never disagree. */
const CARD_FIELDS: VmColumnKey[] = ['state', 'spec', 'ips'];
const nameColumn = vmColumns.find((c) => c.key === 'name')!;
const fieldColumns = CARD_FIELDS.map((key) => vmColumns.find((c) => c.key === key)!);

/**
 * The VM list on a phone: one card per VM (name, state, spec, IPs, actions) instead of a table that would
 * scroll sideways. Paged like the table; selection and bulk actions stay on wider screens.
 */
export function VmCardList(props: Props) {
  const { t, language } = useT();
  if (props.vms.length === 0) return <>{props.emptyText}</>;
  return (
    <div className="vm-cards">
      <ul className="vm-cards__list" aria-label={t('vms.list.table')}>
        {props.vms.map((vm) => (
          <li key={vm.VMID} className="vm-card">
            <div className="vm-card__head">
              {nameColumn.render(vm, t, language, props.columnContext)}
              <VmRowMenu vm={vm} request={props.request} />
            </div>
            <dl className="vm-card__fields">
              {fieldColumns.map((c) => (
                <div key={c.key}>
                  <dt>{t(c.title)}</dt>
                  <dd>{c.render(vm, t, language, props.columnContext)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <Pagination
        simple
        align="center"
        current={props.page}
        pageSize={props.pageSize}
        total={props.total}
        showTotal={(total) => t('vms.list.total', { total })}
        onChange={props.onPage}
      />
    </div>
  );
}
