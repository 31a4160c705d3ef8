import type { Db } from './open-database';

/**
 * Derived VM tables that keep lists from scanning at 100,000 VMs, kept in step by triggers:
 * - vms_fts: a trigram FTS5 copy of vms.search_text under the same rowid, so a Keyword of 3+
 *   characters is looked up in the index instead of a LIKE over every row. (vms has no INTEGER
 *   PRIMARY KEY, so its rowids could move under VACUUM; the simulator never vacuums, and
 *   ensureVmSearchTables rebuilds the copy if the row counts ever disagree.)
 * - vm_counts: how many VMs each tenant has per region and state, so a total without a keyword is a
 *   handful of rows summed rather than COUNT(*) over the list.
 */
const TABLES_SQL = `
CREATE VIRTUAL TABLE IF NOT EXISTS vms_fts USING fts5(search_text, tokenize = 'trigram');
CREATE TABLE IF NOT EXISTS vm_counts (
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  state TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (company_id, region, state)
) WITHOUT ROWID;
`;

const TRIGGERS_SQL = `
CREATE TRIGGER IF NOT EXISTS vms_search_insert AFTER INSERT ON vms BEGIN
  INSERT INTO vms_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
  INSERT INTO vm_counts (company_id, region, state, n) VALUES (new.company_id, new.region, new.state, 1)
    ON CONFLICT (company_id, region, state) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS vms_search_delete AFTER DELETE ON vms BEGIN
  DELETE FROM vms_fts WHERE rowid = old.rowid;
  UPDATE vm_counts SET n = n - 1 WHERE company_id = old.company_id AND region = old.region AND state = old.state;
END;
CREATE TRIGGER IF NOT EXISTS vms_search_text AFTER UPDATE OF search_text ON vms
  WHEN new.search_text IS NOT old.search_text BEGIN
  UPDATE vms_fts SET search_text = new.search_text WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS vms_count_move AFTER UPDATE OF company_id, region, state ON vms
  WHEN new.company_id IS NOT old.company_id OR new.region IS NOT old.region OR new.state IS NOT old.state BEGIN
  UPDATE vm_counts SET n = n - 1 WHERE company_id = old.company_id AND region = old.region AND state = old.state;
  INSERT INTO vm_counts (company_id, region, state, n) VALUES (new.company_id, new.region, new.state, 1)
    ON CONFLICT (company_id, region, state) DO UPDATE SET n = n + 1;
END;
`;

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
      (db.prepare("SELECT name FROM sqlite_master WHERE name IN ('vms_fts', 'vm_counts')").all() as { name: string }[]).map((r) => r.name),
    );
    db.exec(TABLES_SQL);
    db.exec(TRIGGERS_SQL);
    const vms = rowCount(db, 'vms');
    if (!existing.has('vms_fts') || rowCount(db, 'vms_fts') !== vms) {
      db.exec('DELETE FROM vms_fts; INSERT INTO vms_fts (rowid, search_text) SELECT rowid, search_text FROM vms;');
    }
    if (!existing.has('vm_counts')) {
      db.exec('INSERT INTO vm_counts (company_id, region, state, n) SELECT company_id, region, state, COUNT(*) FROM vms GROUP BY 1, 2, 3;');
    }
  })();
}
