// Placeholder until the admin feature lands: the header renders it for admins only.
export function TenantSwitch() {
  return null;
}
