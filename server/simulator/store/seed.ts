import type { Db } from './open-database';
import { seedCatalogue } from './seed-catalogue';
import { seedDemo } from './seed-demo';

/** Seeds once per store: the catalogue always, the demo world on the first start unless seeding is off. */
export function ensureSeeded(db: Db, opts: { seed: boolean; nowMs: number }): void {
  db.transaction(() => {
    seedCatalogue(db, Math.floor(opts.nowMs / 1000));
    const done = db.prepare("SELECT value FROM meta WHERE key = 'demo_seeded'").get();
    if (done || !opts.seed) return;
    seedDemo(db, opts.nowMs);
    db.prepare("INSERT INTO meta (key, value) VALUES ('demo_seeded', ?)").run(String(opts.nowMs));
  })();
}
