import { isHostInCidr } from '../../contract/ipv4';
import { firstFreeHost } from './ipv4';
import { RetCode, SimError } from './retcode';
import { type Db, stmt } from './store/open-database';

/** A private IP in the subnet: the one asked for (inside the subnet and free), or the lowest free one. */
export function allocatePrivateIp(db: Db, subnet: { subnet_id: string; network: string }, requested?: string): string {
  const used = new Set(
    (stmt(db, "SELECT private_ip FROM vms WHERE subnet_id = ? AND state <> 'Deleted'").all(subnet.subnet_id) as {
      private_ip: string;
    }[]).map((r) => r.private_ip),
  );
  if (requested !== undefined) {
    if (!isHostInCidr(requested, subnet.network)) {
      throw new SimError(RetCode.CheckFailed, `InternalIP ${requested} is not a usable address of subnet ${subnet.network}`);
    }
    if (used.has(requested)) throw new SimError(RetCode.CheckFailed, `InternalIP ${requested} is already in use`);
    return requested;
  }
  const ip = firstFreeHost(subnet.network, used);
  if (!ip) throw new SimError(RetCode.CheckFailed, `Subnet ${subnet.subnet_id} has no free IP address`);
  return ip;
}

export interface PublicIpRequest {
  operatorName?: string;
  ipVersion: 'IPv4' | 'IPv6';
  internetIp?: string;
}

/** A public address from the region's pool for that line (OperatorName) and IP version. */
export function allocatePublicIp(db: Db, region: string, req: PublicIpRequest): { ip: string; operatorName: string } {
  const pools = stmt(db, 'SELECT operator_name, network FROM eip_pools WHERE region = ? AND ip_version = ? ORDER BY operator_name')
    .all(region, req.ipVersion) as { operator_name: string; network: string }[];
  const pool = req.operatorName ? pools.find((p) => p.operator_name === req.operatorName) : pools[0];
  if (!pool) {
    const offered = pools.map((p) => p.operator_name).join(', ') || 'none';
    throw new SimError(
      RetCode.CheckFailed,
      `OperatorName ${req.operatorName ?? ''} offers no ${req.ipVersion} addresses in ${region} (offered: ${offered})`,
    );
  }
  const used = new Set((stmt(db, 'SELECT ip FROM eips WHERE region = ?').all(region) as { ip: string }[]).map((r) => r.ip));
  const v6Prefix = pool.network.split('/')[0];
  if (req.internetIp !== undefined) {
    const inside = req.ipVersion === 'IPv4' ? isHostInCidr(req.internetIp, pool.network) : req.internetIp.startsWith(v6Prefix);
    if (!inside) throw new SimError(RetCode.CheckFailed, `InternetIP ${req.internetIp} is not in ${pool.network}`);
    if (used.has(req.internetIp)) throw new SimError(RetCode.CheckFailed, `InternetIP ${req.internetIp} is already in use`);
    return { ip: req.internetIp, operatorName: pool.operator_name };
  }
  // IPv6 pools are /64s written as `prefix::/64`: hand out prefix::2, prefix::3, ...
  const ip = req.ipVersion === 'IPv4' ? firstFreeHost(pool.network, used) : nextV6(v6Prefix, used);
  if (!ip) throw new SimError(RetCode.CheckFailed, `No free ${req.ipVersion} address left on ${pool.operator_name}`);
  return { ip, operatorName: pool.operator_name };
}

function nextV6(prefix: string, used: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const ip = `${prefix}${n.toString(16)}`;
    if (!used.has(ip)) return ip;
  }
}
