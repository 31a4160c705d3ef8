import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSimulator, type Simulator } from '../app';
import { seedManyVms } from '../seed-many';
import { call, createParams, waitForState } from '../sim-test-client';
import type { Db } from './open-database';
import { likePattern, Where } from './paged-query';
import { listVmIds, SHORT_KEYWORD_SCAN, SKIP_FROM_OFFSET, type VmListFilter } from './vm-list-query';

const TENANT = 200000001;
const dir = mkdtempSync(join(tmpdir(), 'sim-vm-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The query the store ran before the trigram index and vm_list_counts: COUNT(*) and a LIKE over every row. */
function reference(db: Db, f: VmListFilter): { total: number; ids: string[] } {
  const where = new Where()
    .eqIf('company_id', f.companyId)
    .add('region = ?', f.region)
    .add("state <> 'Deleted'")
    .eqIf('vpc_id', f.vpcId)
    .eqIf('subnet_id', f.subnetId)
    .inIf('vm_id', f.vmIds)
    .inIf('project_id', f.projectIds)
    .inIf('state', f.states);
  if (f.keyword) where.add("search_text LIKE ? ESCAPE '\\'", likePattern(f.keyword));
  const sql = where.toSql();
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM vms ${sql}`).get(...where.args) as { n: number };
  const rows = db
    .prepare(`SELECT vm_id FROM vms ${sql} ORDER BY create_time DESC, vm_id DESC LIMIT ? OFFSET ?`)
    .all(...where.args, f.limit ?? 20, f.offset ?? 0) as { vm_id: string }[];
  return { total: n, ids: rows.map((r) => r.vm_id) };
}

const SHAPES: Omit<VmListFilter, 'region'>[] = [
  { companyId: TENANT },
  { companyId: TENANT, offset: 1_990, limit: 50 },
  { companyId: TENANT, offset: 777, limit: 100 },
  { companyId: TENANT, offset: SKIP_FROM_OFFSET },
  { companyId: undefined, offset: 1_500, limit: 7 },
  { companyId: TENANT, states: ['Running'], offset: 1_000, limit: 100 },
  { companyId: undefined },
  { companyId: TENANT, keyword: 'bench-42' },
  { companyId: TENANT, keyword: 'BENCH-1', offset: 20, limit: 30 },
  { companyId: TENANT, keyword: '10.128.0.4' },
  { companyId: TENANT, keyword: 'vm-demo' },
  { companyId: TENANT, keyword: 'survivor' },
  { companyId: TENANT, keyword: 'bench%' },
  { companyId: TENANT, keyword: 'a"b' },
  { companyId: TENANT, keyword: '7' },
  { companyId: TENANT, keyword: '_9', limit: 100 },
  { companyId: undefined, keyword: '42' },
  { companyId: TENANT, states: ['Running'] },
  { companyId: TENANT, states: ['Failed', 'Stopped'], offset: 300 },
  { companyId: TENANT, states: ['Deleted'] },
  { companyId: undefined, states: ['Stopped'] },
  { companyId: TENANT, vmIds: ['vm-demo0001', 'vm-b0000001', 'vm-b000000a', 'vm-nope'] },
  { companyId: TENANT, vmIds: ['vm-b0000001', 'vm-b0000002'], keyword: 'bench-1' },
  { companyId: TENANT, states: ['Running'], keyword: 'bench-19' },
  { companyId: TENANT + 1, keyword: 'bench' },
  { companyId: TENANT + 1 },
];

/**
 * Thresholds low enough that 'bench…' keywords count as broad (LIKE scan) and every offset skips
 * hours in a store of 2,000.
 */
const LOW = { shortKeywordScan: SHORT_KEYWORD_SCAN, broadShare: 0.01, skipFromOffset: 0 };

function expectSameAsBefore(db: Db): void {
  for (const region of ['cn-bj2', 'cn-sh2']) {
    for (const shape of SHAPES) {
      const f = { ...shape, region };
      expect(listVmIds(db, f), JSON.stringify(f)).toEqual(reference(db, f));
      expect(listVmIds(db, f, LOW), `broad ${JSON.stringify(f)}`).toEqual(reference(db, f));
    }
  }
  // The maintained counts equal a fresh count of the rows.
  const counts = db.prepare('SELECT company_id, region, bucket, state, n FROM vm_list_counts WHERE n > 0 ORDER BY 1, 2, 3, 4').all();
  expect(counts).toEqual(
    db.prepare('SELECT company_id, region, create_time / 3600 AS bucket, state, COUNT(*) AS n FROM vms GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4').all(),
  );
}

/** Seeded VMs are a second apart; spread them over 40 hours so deep pages cross many hour buckets. */
function spreadOverHours(db: Db): void {
  db.prepare("UPDATE vms SET create_time = create_time - (rowid % 40) * 3600 - (rowid % 7) * 600 WHERE vm_id LIKE 'vm-b%'").run();
}

async function mutate(sim: Simulator): Promise<void> {
  const created = await call(sim.app, 'tenant', 'CreateVMInstance', createParams({ Name: 'survivor', Bandwidth: 2 }));
  expect(created.RetCode).toBe(0);
  await waitForState(sim.app, 'tenant', String(created.VMID), 'Running', 3000);
  expect((await call(sim.app, 'tenant', 'StopVMInstance', { VMID: created.VMID })).RetCode).toBe(0);
  expect((await call(sim.app, 'tenant', 'DeleteVMInstance', { VMID: 'vm-demo0002', DelBindResource: 1 })).RetCode).toBe(0);
  expect((await call(sim.app, 'tenant', 'StopVMInstance', { VMID: 'vm-demo0001' })).RetCode).toBe(0);
  // A rename-like change of the searched text, as binding a public IP makes.
  sim.db.prepare("UPDATE vms SET search_text = search_text || ' renamed-one' WHERE vm_id = 'vm-b0000003'").run();
  sim.db.prepare("DELETE FROM vms WHERE vm_id = 'vm-b0000004'").run();
}

describe('listVmIds: the trigram index and vm_list_counts answer as the scans did', () => {
  it('for keyword, short keyword, state, VMIDs and tenant shapes, before and after changes', async () => {
    const sim = await buildSimulator({ dataDir: ':memory:', transitionMs: 20 });
    try {
      seedManyVms(sim.db, { companyId: TENANT, region: 'cn-bj2', count: 2_000 });
      spreadOverHours(sim.db);
      expectSameAsBefore(sim.db);
      await mutate(sim);
      await new Promise((r) => setTimeout(r, 100));
      expectSameAsBefore(sim.db);
      expect(listVmIds(sim.db, { companyId: TENANT, region: 'cn-bj2', keyword: 'renamed-one' }).ids).toEqual(['vm-b0000003']);
      // A keyword under 3 characters looks only at the newest shortKeywordScan rows.
      const window = { shortKeywordScan: 100, broadShare: 0.01, skipFromOffset: 0 };
      const f = { companyId: TENANT, region: 'cn-bj2', keyword: '1', limit: 100 };
      const newest = new Set(reference(sim.db, { companyId: TENANT, region: 'cn-bj2', limit: 100 }).ids);
      const short = listVmIds(sim.db, f, window);
      expect(short.total).toBe(short.ids.length);
      expect(short.ids).toEqual(reference(sim.db, f).ids.filter((id) => newest.has(id)));
      expect(short.total).toBeLessThan(reference(sim.db, f).total);
    } finally {
      await sim.close();
    }
  });

  it('after reopening a database written before the index and counts existed', async () => {
    const first = await buildSimulator({ dataDir: dir, transitionMs: 20 });
    seedManyVms(first.db, { companyId: TENANT, region: 'cn-bj2', count: 500 });
    await first.close();
    const old = new Database(join(dir, 'simulator.db'));
    old.exec(`DROP TRIGGER vms_search_insert; DROP TRIGGER vms_search_delete; DROP TRIGGER vms_search_text; DROP TRIGGER vms_list_count_move;
      DROP TABLE vms_fts; DROP TABLE vm_list_counts;`);
    // Rows written by the old code: nothing keeps any derived table in step.
    old.exec(`CREATE TEMP TABLE copied AS SELECT * FROM vms WHERE vm_id LIKE 'vm-b%' ORDER BY vm_id LIMIT 100;
      UPDATE copied SET vm_id = 'vm-o' || substr(vm_id, 5), search_text = replace(search_text, 'vm-b', 'vm-o'), create_time = create_time - 86400;
      INSERT INTO vms SELECT * FROM copied;`);
    spreadOverHours(old);
    // What this first build left: per-state counts without the hour, kept by a trigger of their own.
    old.exec(`CREATE TABLE vm_counts (company_id INTEGER NOT NULL, region TEXT NOT NULL, state TEXT NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (company_id, region, state)) WITHOUT ROWID;
      CREATE TRIGGER vms_count_move AFTER UPDATE OF state ON vms BEGIN
        UPDATE vm_counts SET n = n - 1 WHERE company_id = old.company_id AND region = old.region AND state = old.state;
      END;`);
    old.close();

    const second = await buildSimulator({ dataDir: dir, transitionMs: 20 });
    try {
      expectSameAsBefore(second.db);
      expect(second.db.prepare("SELECT name FROM sqlite_master WHERE name IN ('vm_counts', 'vms_count_move')").all()).toEqual([]);
      expect(listVmIds(second.db, { companyId: TENANT, region: 'cn-bj2', keyword: 'bench-499' }).ids).toEqual(['vm-b00000dv']);
      expect(listVmIds(second.db, { companyId: TENANT, region: 'cn-bj2', keyword: 'vm-o000001' }).total).toBe(36);
      await mutate(second);
      await new Promise((r) => setTimeout(r, 100));
      expectSameAsBefore(second.db);
    } finally {
      await second.close();
    }
  });
});
