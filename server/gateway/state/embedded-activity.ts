import Database from 'better-sqlite3';
import type { ActivityEvent } from '../../../contract/gateway-activity';
import type { ActivityFilter, ActivityPageResult, NewActivityEvent } from './state-store';

interface Row {
  seq: number;
  event: string;
}

/**
 * The embedded store's activity log: a capped SQLite table next to the sign-outs (DATA_DIR/gateway.db), so
 * events survive a restart and processes sharing DATA_DIR share them.
 */
export class EmbeddedActivity {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[number, number | null, string, string, string]>;
  private readonly trim: Database.Statement<[number]>;
  private readonly select: Database.Statement<Record<string, unknown>, Row>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS activity (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      time INTEGER NOT NULL,
      company_id INTEGER,
      public_key TEXT NOT NULL,
      vm_ids TEXT NOT NULL,
      event TEXT NOT NULL
    )`);
    this.db.exec('CREATE INDEX IF NOT EXISTS activity_company ON activity (company_id, seq)');
    this.insert = this.db.prepare('INSERT INTO activity (time, company_id, public_key, vm_ids, event) VALUES (?, ?, ?, ?, ?)');
    this.trim = this.db.prepare('DELETE FROM activity WHERE seq <= ?');
    this.select = this.db.prepare(`SELECT seq, event FROM activity
      WHERE (@companyId IS NULL OR company_id = @companyId)
        AND (@publicKey IS NULL OR public_key = @publicKey)
        AND (@vmId IS NULL OR EXISTS (SELECT 1 FROM json_each(activity.vm_ids) WHERE value = @vmId))
        AND (@before IS NULL OR seq < @before)
      ORDER BY seq DESC LIMIT @limit`);
  }

  record(event: NewActivityEvent, cap: number): void {
    const { lastInsertRowid } = this.insert.run(event.Time, event.CompanyID, event.PublicKey, JSON.stringify(event.VMIDs), JSON.stringify(event));
    this.trim.run(Number(lastInsertRowid) - cap);
  }

  read(filter: ActivityFilter, limit: number, before?: string): ActivityPageResult {
    const rows = this.select.all({
      companyId: filter.companyId ?? null,
      publicKey: filter.publicKey ?? null,
      vmId: filter.vmId ?? null,
      before: before && /^\d+$/.test(before) ? Number(before) : null,
      limit: limit + 1,
    });
    const events = rows.slice(0, limit).map((row): ActivityEvent => ({ ...(JSON.parse(row.event) as NewActivityEvent), Id: String(row.seq) }));
    return { events, next: rows.length > limit ? events[events.length - 1].Id : null };
  }

  close(): void {
    this.db.close();
  }
}
