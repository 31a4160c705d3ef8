import { consoleSlotFlood, signInAttacks, vncInfoFlood, type AttackRow } from './attack-cases';

/**
 * `npm run bench:attack -- http://127.0.0.1:8080`: replays the bounded attacks of issue 13 against a running
 * gateway with the embedded simulator (demo accounts) and prints what held. Loopback only: it is an attack.
 * It locks 127.0.0.1 out of key sign-ins on that gateway for 15 minutes (demo sign-in is unaffected).
 */
async function main(): Promise<void> {
  const url = (process.argv[2] ?? process.env.ATTACK_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`Refusing to attack ${host}: only a gateway on 127.0.0.1.`);
  const rows: AttackRow[] = [...(await signInAttacks(url)), await vncInfoFlood(url), await consoleSlotFlood(url)];
  console.log('| attack | tries | held | what happened |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.attack} | ${r.tries} | ${r.held ? 'yes' : 'NO'} | ${r.detail} |`);
  if (!rows.every((r) => r.held)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
