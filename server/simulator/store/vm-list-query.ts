import { type Db, stmt } from './open-database';
import { DEFAULT_LIMIT, likePattern, pagedQuery, Where } from './paged-query';
import { LIST_BUCKET_SECONDS } from './vm-search-schema';

export interface VmListFilter {
  /** Undefined: an admin reading every tenant. */
  companyId: number | undefined;
  region: string;
  vpcId?: string;
  subnetId?: string;
  vmIds?: readonly string[];
  projectIds?: readonly string[];
  states?: readonly string[];
  keyword?: string;
  offset?: number;
  limit?: number;
}

/** The trigram index needs three characters; a shorter keyword looks at this many newest VMs only. */
export const SHORT_KEYWORD_SCAN = 10_000;
const ORDER = 'create_time DESC, vm_id DESC';

/** The thresholds below (SHORT_KEYWORD_SCAN, BROAD_SHARE, SKIP_FROM_OFFSET); tests lower them to reach every path with a small store. */
export interface ListLimits {
  shortKeywordScan: number;
  broadShare: number;
  skipFromOffset: number;
}

/** An FTS5 phrase: the keyword as one quoted string, so its characters are matched, never parsed. */
function ftsPhrase(keyword: string): string {
  return `"${keyword.toLowerCase().replace(/"/g, '""')}"`;
}

function filters(f: VmListFilter, alias: string): Where {
  const c = (name: string): string => `${alias}${name}`;
  // With VMIDs, a unary + keeps tenant and region off the list index: otherwise SQLite walks the
  // tenant's whole (covering) index instead of looking up at most 100 ids by primary key.
  const scope = f.vmIds?.length ? (name: string): string => `+${c(name)}` : c;
  return new Where()
    .eqIf(scope('company_id'), f.companyId)
    .add(`${scope('region')} = ?`, f.region)
    .add(`${c('state')} <> 'Deleted'`)
    .eqIf(c('vpc_id'), f.vpcId)
    .eqIf(c('subnet_id'), f.subnetId)
    .inIf(c('vm_id'), f.vmIds)
    .inIf(c('project_id'), f.projectIds)
    .inIf(c('state'), f.states);
}

/**
 * Whether the keyword's trigrams match at least `share` of the rows a LIKE would scan (the tenant's
 * rows in the region). Driving the list from the index costs about 1.5 µs a candidate (phrase check,
 * row lookup, sort), the scan about 0.45 µs a row, so past a third the scan is cheaper: 'bench-9'
 * (111,111 of 1,000,000) takes 170 ms from the index against 450 ms scanned, while a keyword in every
 * name would take 1.5 s from the index. The probe reads the index only, and stops at the threshold.
 */
const BROAD_SHARE = 1 / 3;
function isBroad(db: Db, f: VmListFilter, keyword: string, share: number): boolean {
  const scope = new Where().eqIf('company_id', f.companyId).add('region = ?', f.region);
  const rows = (stmt(db, `SELECT COALESCE(SUM(n), 0) AS n FROM vm_list_counts ${scope.toSql()}`).get(...scope.args) as { n: number }).n;
  const threshold = Math.max(1, Math.ceil(rows * share));
  const sql = 'SELECT COUNT(*) AS n FROM (SELECT 1 FROM vms_fts WHERE vms_fts MATCH ? LIMIT ?)';
  return (stmt(db, sql).get(ftsPhrase(keyword), threshold) as { n: number }).n >= threshold;
}

/** Only tenant, region and state narrow the list: vm_list_counts knows its total and where each hour starts. */
function isCounted(f: VmListFilter): boolean {
  return !(f.keyword || f.vpcId || f.subnetId || f.vmIds?.length || f.projectIds?.length);
}

function countsWhere(f: VmListFilter): Where {
  return new Where().eqIf('company_id', f.companyId).add('region = ?', f.region).add("state <> 'Deleted'").inIf('state', f.states);
}

function countedTotal(db: Db, f: VmListFilter): number {
  const where = countsWhere(f);
  return (stmt(db, `SELECT COALESCE(SUM(n), 0) AS n FROM vm_list_counts ${where.toSql()}`).get(...where.args) as { n: number }).n;
}

/** Offsets below this step over the list index (a few milliseconds); deeper ones skip whole hours first. */
export const SKIP_FROM_OFFSET = 5_000;
const LIMITS: ListLimits = { shortKeywordScan: SHORT_KEYWORD_SCAN, broadShare: BROAD_SHARE, skipFromOffset: SKIP_FROM_OFFSET };

/**
 * Where a deep page starts: the newest hour (bucket) that still holds row `offset`, as a create_time
 * bound, and the offset left within it. OFFSET alone steps over every row before the page: 100 ms
 * for the last page of a million.
 */
function skipHours(db: Db, f: VmListFilter, offset: number, skipFrom: number): { before?: number; offset: number } {
  if (offset < skipFrom) return { offset };
  const where = countsWhere(f);
  const hours = stmt(db, `SELECT bucket, SUM(n) AS n FROM vm_list_counts ${where.toSql()} GROUP BY bucket ORDER BY bucket DESC`).all(
    ...where.args,
  ) as { bucket: number; n: number }[];
  let skipped = 0;
  for (const h of hours) {
    if (skipped + h.n > offset) return { before: (h.bucket + 1) * LIST_BUCKET_SECONDS, offset: offset - skipped };
    skipped += h.n;
  }
  return { offset };
}

/**
 * DescribeVMInstance's ids and total, newest first. A keyword of 3+ characters is driven from the
 * trigram index (the join then checks the exact LIKE the store always used, so matches are the same)
 * unless it is broad (isBroad: then the tenant's rows are scanned with LIKE, as before);
 * a shorter one is a LIKE over the SHORT_KEYWORD_SCAN newest rows the list index yields; no keyword
 * takes its total from vm_list_counts, and a deep page skips whole hours (skipHours).
 */
export function listVmIds(db: Db, f: VmListFilter, limits: ListLimits = LIMITS): { total: number; ids: string[] } {
  const limit = f.limit ?? DEFAULT_LIMIT;
  const offset = f.offset ?? 0;
  if (f.keyword && [...f.keyword].length >= 3 && !isBroad(db, f, f.keyword, limits.broadShare)) {
    const where = filters(f, 'v.').add('f.search_text MATCH ?', ftsPhrase(f.keyword)).add("v.search_text LIKE ? ESCAPE '\\'", likePattern(f.keyword));
    const { total, rows } = pagedQuery<{ vm_id: string }>(db, {
      select: 'v.vm_id',
      // CROSS JOIN keeps the FTS table outermost: the index finds candidates, vms is read by rowid.
      from: 'vms_fts f CROSS JOIN vms v ON v.rowid = f.rowid',
      where,
      orderBy: 'v.create_time DESC, v.vm_id DESC',
      offset,
      limit,
    });
    return { total, ids: rows.map((r) => r.vm_id) };
  }
  if (f.keyword && [...f.keyword].length < 3) {
    const inner = filters(f, '');
    // One pass over the window: the matching ids come back in list order, and the page is a slice of them
    // (counting and paging in two statements read the window twice).
    const window = `(SELECT vm_id, create_time, search_text FROM vms ${inner.toSql()} ORDER BY ${ORDER} LIMIT ${limits.shortKeywordScan})`;
    const rows = stmt(db, `SELECT vm_id FROM ${window} WHERE search_text LIKE ? ESCAPE '\\' ORDER BY ${ORDER}`).all(
      ...inner.args,
      likePattern(f.keyword),
    ) as { vm_id: string }[];
    const matches = rows.map((r) => r.vm_id);
    return { total: matches.length, ids: matches.slice(offset, offset + limit) };
  }
  const where = filters(f, '');
  if (!isCounted(f)) {
    // A broad keyword (see isBroad) is matched the way it always was: LIKE over the tenant's rows.
    if (f.keyword) where.add("search_text LIKE ? ESCAPE '\\'", likePattern(f.keyword));
    const { total, rows } = pagedQuery<{ vm_id: string }>(db, { select: 'vm_id', from: 'vms', where, orderBy: ORDER, offset, limit });
    return { total, ids: rows.map((r) => r.vm_id) };
  }
  const total = countedTotal(db, f);
  if (offset >= total) return { total, ids: [] };
  const start = skipHours(db, f, offset, limits.skipFromOffset);
  if (start.before !== undefined) where.add('create_time < ?', start.before);
  const rows = stmt(db, `SELECT vm_id FROM vms ${where.toSql()} ORDER BY ${ORDER} LIMIT ? OFFSET ?`).all(...where.args, limit, start.offset) as {
    vm_id: string;
  }[];
  return { total, ids: rows.map((r) => r.vm_id) };
}
