import Database from 'better-sqlite3';

/**
 * Signed-out session ids. A sealed cookie is valid on its own, so sign-out must be remembered
 * server-side until the cookie would have died anyway (its absolute timeout). Kept in SQLite so it
 * survives a restart; replicas that share the data directory share it too.
 */
export class Revocations {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number]>;
  private readonly lookup: Database.Statement<[string]>;
  private readonly purge: Database.Statement<[number]>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec('CREATE TABLE IF NOT EXISTS revoked_session (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)');
    this.insert = this.db.prepare('INSERT OR REPLACE INTO revoked_session (id, expires_at) VALUES (?, ?)');
    this.lookup = this.db.prepare('SELECT 1 FROM revoked_session WHERE id = ?');
    this.purge = this.db.prepare('DELETE FROM revoked_session WHERE expires_at < ?');
  }

  /** `expiresAt` (ms): after it the cookie fails its absolute timeout, so the entry can go. */
  revoke(id: string, expiresAt: number, now: number): void {
    this.purge.run(now);
    this.insert.run(id, expiresAt);
  }

  isRevoked(id: string): boolean {
    return this.lookup.get(id) !== undefined;
  }

  close(): void {
    this.db.close();
  }
}
