import { type Db, stmt } from './open-database';
import { DEFAULT_LIMIT, likePattern, pagedQuery, Where } from './paged-query';

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

/** The two thresholds below; tests lower them to reach every path with a small store. */
export interface ListLimits {
  shortKeywordScan: number;
  broadMatches: number;
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
 * Whether the keyword's trigrams match at least BROAD_MATCHES VMs in the whole store. Driving the
 * list from the index then costs more than the tenant's own rows filtered by LIKE (joining and
 * sorting 100,000 candidates took 80-160 ms against about 80 ms for the scan), so such a keyword
 * keeps the scan. The probe reads at most BROAD_MATCHES index entries.
 */
export const BROAD_MATCHES = 20_000;
const LIMITS: ListLimits = { shortKeywordScan: SHORT_KEYWORD_SCAN, broadMatches: BROAD_MATCHES };
function isBroad(db: Db, keyword: string, broadMatches: number): boolean {
  const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 FROM vms_fts WHERE vms_fts MATCH ? LIMIT ${broadMatches})`;
  return (stmt(db, sql).get(ftsPhrase(keyword)) as { n: number }).n >= broadMatches;
}

/** The total from vm_counts when only tenant, region and state narrow the list; undefined otherwise. */
function countedTotal(db: Db, f: VmListFilter): number | undefined {
  if (f.keyword || f.vpcId || f.subnetId || f.vmIds?.length || f.projectIds?.length) return undefined;
  const where = new Where().eqIf('company_id', f.companyId).add('region = ?', f.region).add("state <> 'Deleted'").inIf('state', f.states);
  const { n } = stmt(db, `SELECT COALESCE(SUM(n), 0) AS n FROM vm_counts ${where.toSql()}`).get(...where.args) as { n: number };
  return n;
}

/**
 * DescribeVMInstance's ids and total, newest first. A keyword of 3+ characters is driven from the
 * trigram index (the join then checks the exact LIKE the store always used, so matches are the same)
 * unless it is broad (isBroad: then the tenant's rows are scanned with LIKE, as before);
 * a shorter one is a LIKE over the SHORT_KEYWORD_SCAN newest rows the list index yields; no keyword
 * takes its total from vm_counts.
 */
export function listVmIds(db: Db, f: VmListFilter, limits: ListLimits = LIMITS): { total: number; ids: string[] } {
  const limit = f.limit ?? DEFAULT_LIMIT;
  const offset = f.offset ?? 0;
  if (f.keyword && [...f.keyword].length >= 3 && !isBroad(db, f.keyword, limits.broadMatches)) {
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
    const window = `(SELECT vm_id, create_time, search_text FROM vms ${inner.toSql()} ORDER BY ${ORDER} LIMIT ${limits.shortKeywordScan})`;
    const where = new Where().add("search_text LIKE ? ESCAPE '\\'", likePattern(f.keyword));
    const args = [...inner.args, ...where.args];
    const { n } = stmt(db, `SELECT COUNT(*) AS n FROM ${window} ${where.toSql()}`).get(...args) as { n: number };
    const rows = stmt(db, `SELECT vm_id FROM ${window} ${where.toSql()} ORDER BY ${ORDER} LIMIT ? OFFSET ?`).all(...args, limit, offset) as {
      vm_id: string;
    }[];
    return { total: n, ids: rows.map((r) => r.vm_id) };
  }
  const where = filters(f, '');
  // A broad keyword (see isBroad) is matched the way it always was: LIKE over the tenant's rows.
  if (f.keyword) where.add("search_text LIKE ? ESCAPE '\\'", likePattern(f.keyword));
  const { total, rows } = pagedQuery<{ vm_id: string }>(db, {
    select: 'vm_id',
    from: 'vms',
    where,
    orderBy: ORDER,
    offset,
    limit,
    total: countedTotal(db, f),
  });
  return { total, ids: rows.map((r) => r.vm_id) };
}
