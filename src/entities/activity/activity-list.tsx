import { useInfiniteQuery } from '@tanstack/react-query';
import { TableScroll } from '../../components/table-scroll';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ActivityEvent } from '../../../contract/gateway-activity';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useMe } from '../../components/session-context';
import { useT } from '../../i18n/i18n-context';
import { vmDetail } from '../../paths';
import { formatTime } from '../vm/format';
import { activityQueries, type ActivityFilters } from './activity-queries';
import { actionText, actorText, paramsText } from './activity-words';

/** How the platform answered: done, refused with its RetCode and Message, or no answer at all. */
function ResultCell({ event }: { event: ActivityEvent }) {
  const { t, text } = useT();
  if (event.RetCode === 0) return <Tag color="success">{t('activity.result.done')}</Tag>;
  const detail = event.RetCode === null ? t('activity.result.noAnswer', { message: event.Message }) : `[${event.RetCode}] ${text(event.Message)}`;
  return (
    <Flex vertical gap={2}>
      <span><Tag color="error">{t('activity.result.failed')}</Tag></span>
      <Typography.Text type="secondary">{detail}</Typography.Text>
    </Flex>
  );
}

/**
 * The activity log as a table, newest first: when, who (and on whose behalf), what, on which VM, with which
 * parameters, and how it ended. `showVm` adds the VM and tenant columns (the Activity page; a VM's own tab
 * does not need them).
 */
export function ActivityList({ filters, showVm = false }: { filters: ActivityFilters; showVm?: boolean }) {
  const { t, language } = useT();
  const me = useMe();
  const query = useInfiniteQuery(activityQueries.list(filters));
  const events = query.data?.pages.flatMap((page) => page.Events) ?? [];
  const columns: ColumnsType<ActivityEvent> = [
    { key: 'time', title: t('activity.column.time'), width: 180, render: (_, e) => formatTime(e.Time / 1000, language, true) },
    { key: 'actor', title: t('activity.column.actor'), width: 210, render: (_, e) => <span title={e.PublicKey}>{actorText(e, me, t)}</span> },
    { key: 'action', title: t('activity.column.action'), width: 130, render: (_, e) => actionText(e.Action, t) },
    ...(showVm
      ? [
          {
            key: 'vm',
            title: t('activity.column.vm'),
            width: 170,
            render: (_: unknown, e: ActivityEvent) => e.VMIDs.map((id) => <div key={id}><Link to={vmDetail(id)}>{id}</Link></div>),
          },
          ...(me.IsAdmin ? [{ key: 'tenant', title: t('activity.column.tenant'), width: 120, render: (_: unknown, e: ActivityEvent) => e.CompanyID ?? '' }] : []),
        ]
      : []),
    // One line each, the whole list in the cell's title: a create's dozen parameters would make rows screens tall.
    { key: 'params', title: t('activity.column.params'), ellipsis: true, render: (_, e) => <span title={paramsText(e.Params)}>{paramsText(e.Params)}</span> },
    { key: 'result', title: t('activity.column.result'), width: 240, render: (_, e) => <ResultCell event={e} /> },
  ];
  if (query.isError && events.length === 0) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {query.isError && <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <TableScroll label={t('activity.title')}>
        <Table<ActivityEvent>
          rowKey="Id"
          size="small"
          columns={columns}
          dataSource={events}
          loading={query.isPending}
          pagination={false}
          aria-label={t('activity.title')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activity.empty')} /> }}
        />
      </TableScroll>
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('activity.older')}
        </Button>
      )}
    </Flex>
  );
}
