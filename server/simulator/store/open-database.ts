import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_SQL } from './schema';
import { ensureVmSearchTables } from './vm-search-schema';

export type Db = Database.Database;

/** Opens (and creates) the store: `${dataDir}/simulator.db` in WAL mode, or an in-memory one. */
export function openDatabase(dataDir: string): Db {
  let db: Db;
  if (dataDir === ':memory:') {
    db = new Database(':memory:');
  } else {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, 'simulator.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA_SQL);
  ensureVmSearchTables(db);
  return db;
}

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared statements are reused per database: preparing on every request would dominate small queries. */
export function stmt(db: Db, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let s = map.get(sql);
  if (!s) {
    // List filters make many SQL variants (IN lists of every length): keep the cache bounded.
    if (map.size >= 500) map.clear();
    s = db.prepare(sql);
    map.set(sql, s);
  }
  return s;
}
