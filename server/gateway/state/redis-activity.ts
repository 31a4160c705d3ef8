import type { Redis } from 'ioredis';
import type { ActivityEvent } from '../../../contract/gateway-activity';
import type { ActivityFilter, ActivityPageResult, NewActivityEvent } from './state-store';

/** Entries read per XREVRANGE while filtering. */
const BATCH = 200;

/**
 * The activity log of all replicas: one Redis stream, trimmed to about `cap` entries on every append
 * (MAXLEN ~ lets Redis trim whole nodes, which is cheap). Reads walk it newest first and filter here;
 * the cap bounds how far a read can walk.
 */
export async function recordActivity(client: Redis, key: string, event: NewActivityEvent, cap: number): Promise<void> {
  await client.xadd(key, 'MAXLEN', '~', cap, '*', 'e', JSON.stringify(event));
}

export async function readActivity(client: Redis, key: string, filter: ActivityFilter, limit: number, before?: string): Promise<ActivityPageResult> {
  const events: ActivityEvent[] = [];
  let end = before && /^\d+-\d+$/.test(before) ? `(${before}` : '+';
  for (;;) {
    const entries = await client.xrevrange(key, end, '-', 'COUNT', BATCH);
    for (const [id, fields] of entries) {
      const event: ActivityEvent = { ...(JSON.parse(fields[1]) as NewActivityEvent), Id: id };
      if (!matches(event, filter)) continue;
      // One more than asked says whether an older page exists.
      if (events.length === limit) return { events, next: events[limit - 1].Id };
      events.push(event);
    }
    if (entries.length < BATCH) return { events, next: null };
    end = `(${entries[entries.length - 1][0]}`;
  }
}

function matches(event: ActivityEvent, filter: ActivityFilter): boolean {
  if (filter.companyId !== undefined && event.CompanyID !== filter.companyId) return false;
  if (filter.publicKey !== undefined && event.PublicKey !== filter.publicKey) return false;
  return filter.vmId === undefined || event.VMIDs.includes(filter.vmId);
}
