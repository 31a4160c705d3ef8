import type { Db } from './open-database';

/**
 * Derived VM tables that keep lists from scanning at a million VMs, kept in step by triggers:
 * - vms_fts: a trigram FTS5 copy of vms.search_text under the same rowid, so a Keyword of 3+
 *   characters is looked up in the index instead of a LIKE over every row. (vms has no INTEGER
 *   PRIMARY KEY, so its rowids could move under VACUUM; the simulator never vacuums, and
 *   ensureVmSearchTables rebuilds the copy if the row counts ever disagree.)
 * - vm_list_counts: how many VMs each tenant has per region, state and hour of creation
 *   (LIST_BUCKET_SECONDS), so a total without a keyword is a few rows summed rather than COUNT(*)
 *   over the list, and a deep page can skip whole hours instead of stepping over every row before it.
 */
export const LIST_BUCKET_SECONDS = 3600;

const TABLES_SQL = `
CREATE VIRTUAL TABLE IF NOT EXISTS vms_fts USING fts5(search_text, tokenize = 'trigram');
CREATE TABLE IF NOT EXISTS vm_list_counts (
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  bucket INTEGER NOT NULL,
  state TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (company_id, region, bucket, state)
) WITHOUT ROWID;
`;

const bucket = (row: 'new' | 'old'): string => `${row}.create_time / ${LIST_BUCKET_SECONDS}`;
const countUp = `INSERT INTO vm_list_counts (company_id, region, bucket, state, n)
    VALUES (new.company_id, new.region, ${bucket('new')}, new.state, 1)
    ON CONFLICT (company_id, region, bucket, state) DO UPDATE SET n = n + 1;`;
const countDown = `UPDATE vm_list_counts SET n = n - 1
    WHERE company_id = old.company_id AND region = old.region AND bucket = ${bucket('old')} AND state = old.state;`;

const INSERT_TRIGGER_SQL = `
CREATE TRIGGER IF NOT EXISTS vms_search_insert AFTER INSERT ON vms BEGIN
  INSERT INTO vms_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
  ${countUp}
END;
`;

const TRIGGERS_SQL = `
CREATE TRIGGER IF NOT EXISTS vms_search_delete AFTER DELETE ON vms BEGIN
  DELETE FROM vms_fts WHERE rowid = old.rowid;
  ${countDown}
END;
CREATE TRIGGER IF NOT EXISTS vms_search_text AFTER UPDATE OF search_text ON vms
  WHEN new.search_text IS NOT old.search_text BEGIN
  UPDATE vms_fts SET search_text = new.search_text WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS vms_list_count_move AFTER UPDATE OF company_id, region, state, create_time ON vms
  WHEN new.company_id IS NOT old.company_id OR new.region IS NOT old.region OR new.state IS NOT old.state
    OR new.create_time IS NOT old.create_time BEGIN
  ${countDown}
  ${countUp}
END;
`;

/** What earlier builds of this issue created: per-state counts without the hour, and their trigger. */
const SUPERSEDED_SQL = `
DROP TRIGGER IF EXISTS vms_count_move;
DROP TRIGGER IF EXISTS vms_search_insert;
DROP TRIGGER IF EXISTS vms_search_delete;
DROP TABLE IF EXISTS vm_counts;
`;

const FILL_COUNTS_SQL = `INSERT INTO vm_list_counts (company_id, region, bucket, state, n)
  SELECT company_id, region, create_time / ${LIST_BUCKET_SECONDS}, state, COUNT(*) FROM vms WHERE rowid > ? GROUP BY 1, 2, 3, 4
  ON CONFLICT (company_id, region, bucket, state) DO UPDATE SET n = n + excluded.n`;

function rowCount(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * Creates the derived tables and triggers when missing and fills them from the rows already there, so
 * a DATA_DIR written before they existed keeps working. One transaction: no VM can be counted twice.
 */
export function ensureVmSearchTables(db: Db): void {
  db.transaction(() => {
    const existing = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE name IN ('vms_fts', 'vm_list_counts', 'vm_counts')").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    if (existing.has('vm_counts')) db.exec(SUPERSEDED_SQL);
    db.exec(TABLES_SQL);
    db.exec(INSERT_TRIGGER_SQL);
    db.exec(TRIGGERS_SQL);
    const vms = rowCount(db, 'vms');
    if (!existing.has('vms_fts') || rowCount(db, 'vms_fts') !== vms) {
      db.exec('DELETE FROM vms_fts; INSERT INTO vms_fts (rowid, search_text) SELECT rowid, search_text FROM vms;');
    }
    if (!existing.has('vm_list_counts')) db.prepare(FILL_COUNTS_SQL).run(0);
  })();
}

/**
 * Runs `insertRows` (which only INSERTs into vms) with the per-row insert trigger off, then indexes
 * and counts the new rows in two set-wise statements: 100,000 rows one trigger at a time took four
 * times as long. One transaction, so no reader sees rows the index does not have yet.
 */
export function bulkInsertVms(db: Db, insertRows: () => void): void {
  db.transaction(() => {
    const { last } = db.prepare('SELECT COALESCE(MAX(rowid), 0) AS last FROM vms').get() as { last: number };
    db.exec('DROP TRIGGER IF EXISTS vms_search_insert');
    insertRows();
    db.prepare('INSERT INTO vms_fts (rowid, search_text) SELECT rowid, search_text FROM vms WHERE rowid > ?').run(last);
    db.prepare(FILL_COUNTS_SQL).run(last);
    db.exec(INSERT_TRIGGER_SQL);
  })();
}
