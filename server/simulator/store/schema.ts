/**
 * The simulator's tables. Lists filter and page in SQL, so every list has an index that matches its
 * WHERE and ORDER BY; JSON columns hold only what is never filtered on (security group rules).
 * Times are Unix seconds, except `settles_at` (milliseconds: transitions may be shorter than a second).
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS accounts (
  company_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'Available',
  amount REAL NOT NULL DEFAULT 0,
  public_key TEXT NOT NULL UNIQUE,
  private_key TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS projects (
  project_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS regions (
  region TEXT PRIMARY KEY,
  alias TEXT NOT NULL,
  state TEXT NOT NULL,
  cpu_count INTEGER NOT NULL,
  memory_cap INTEGER NOT NULL,
  gpu_count INTEGER NOT NULL,
  storage_cap INTEGER NOT NULL,
  license_state TEXT NOT NULL,
  license_expire_time INTEGER NOT NULL,
  sort INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS vm_types (
  region TEXT NOT NULL,
  vm_type TEXT NOT NULL,
  alias TEXT NOT NULL,
  set_arch TEXT NOT NULL,
  set_id TEXT NOT NULL,
  PRIMARY KEY (region, vm_type)
);

CREATE TABLE IF NOT EXISTS specs (
  region TEXT NOT NULL,
  vm_type TEXT NOT NULL,
  cpu INTEGER NOT NULL,
  memory INTEGER NOT NULL,
  gpu INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (region, vm_type, cpu, memory, gpu)
);

CREATE TABLE IF NOT EXISTS storage_types (
  region TEXT NOT NULL,
  storage_type TEXT NOT NULL,
  alias TEXT NOT NULL,
  set_arch TEXT NOT NULL,
  price_gb_month REAL NOT NULL,
  PRIMARY KEY (region, storage_type)
);

CREATE TABLE IF NOT EXISTS images (
  image_id TEXT PRIMARY KEY,
  company_id INTEGER,
  region TEXT,
  name TEXT NOT NULL,
  image_type TEXT NOT NULL,
  os_type TEXT NOT NULL,
  os_name TEXT NOT NULL,
  os_distribution TEXT NOT NULL,
  set_arch TEXT NOT NULL,
  image_size INTEGER NOT NULL,
  image_status TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS eip_pools (
  region TEXT NOT NULL,
  operator_name TEXT NOT NULL,
  ip_version TEXT NOT NULL,
  network TEXT NOT NULL,
  PRIMARY KEY (region, operator_name, ip_version)
);

CREATE TABLE IF NOT EXISTS vpcs (
  vpc_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  network TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS vpcs_owner ON vpcs (company_id, region, created_at);

CREATE TABLE IF NOT EXISTS subnets (
  subnet_id TEXT PRIMARY KEY,
  vpc_id TEXT NOT NULL,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  network TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS subnets_vpc ON subnets (vpc_id);
CREATE INDEX IF NOT EXISTS subnets_owner ON subnets (company_id, region, created_at);

CREATE TABLE IF NOT EXISTS security_groups (
  sg_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  rules TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sgs_owner ON security_groups (company_id, region, created_at);

CREATE TABLE IF NOT EXISTS eips (
  eip_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  ip TEXT NOT NULL,
  ip_version TEXT NOT NULL,
  bandwidth INTEGER NOT NULL,
  operator_name TEXT NOT NULL,
  status TEXT NOT NULL,
  bind_resource_id TEXT,
  is_default_gw INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS eips_ip ON eips (region, ip);
CREATE INDEX IF NOT EXISTS eips_owner ON eips (company_id, region, created_at);
CREATE INDEX IF NOT EXISTS eips_bound ON eips (bind_resource_id);

CREATE TABLE IF NOT EXISTS disks (
  disk_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  vm_id TEXT,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  drive TEXT NOT NULL,
  size INTEGER NOT NULL,
  storage_type TEXT NOT NULL,
  is_elastic TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS disks_vm ON disks (vm_id);
CREATE INDEX IF NOT EXISTS disks_region ON disks (region);

CREATE TABLE IF NOT EXISTS vms (
  vm_id TEXT PRIMARY KEY,
  company_id INTEGER NOT NULL,
  region TEXT NOT NULL,
  project_id TEXT,
  name TEXT NOT NULL,
  remark TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  target_state TEXT,
  settles_at INTEGER,
  vm_type TEXT NOT NULL,
  image_id TEXT NOT NULL,
  os_name TEXT NOT NULL,
  os_type TEXT NOT NULL,
  cpu INTEGER NOT NULL,
  memory INTEGER NOT NULL,
  gpu INTEGER NOT NULL DEFAULT 0,
  charge_type TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  create_time INTEGER NOT NULL,
  update_time INTEGER NOT NULL,
  expire_time INTEGER NOT NULL,
  vpc_id TEXT NOT NULL,
  subnet_id TEXT NOT NULL,
  private_ip TEXT NOT NULL,
  wan_sg_id TEXT,
  lan_sg_id TEXT,
  host_ip TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  -- name, id and every IP, lower case: what Keyword matches
  search_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS vms_tenant_list ON vms (company_id, region, create_time DESC, vm_id DESC, state);
CREATE INDEX IF NOT EXISTS vms_region_list ON vms (region, create_time DESC, vm_id DESC, state);
CREATE INDEX IF NOT EXISTS vms_subnet_ip ON vms (subnet_id, private_ip);
CREATE INDEX IF NOT EXISTS vms_vpc ON vms (vpc_id);
CREATE INDEX IF NOT EXISTS vms_settling ON vms (settles_at) WHERE settles_at IS NOT NULL;
`;
