/**
 * The simulator's built-in accounts (simulator only: a real platform issues its own keys). The gateway
 * offers them for one-click demo sign-in.
 */
export interface DemoAccount {
  account: 'admin' | 'tenant' | 'other';
  label: string;
  companyId: number;
  email: string;
  publicKey: string;
  privateKey: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    account: 'admin',
    label: 'Platform admin',
    companyId: 200000000,
    email: 'admin@example.com',
    publicKey: 'demo-admin-public-key',
    privateKey: 'demo-admin-private-key',
  },
  {
    account: 'tenant',
    label: 'Demo tenant',
    companyId: 200000001,
    email: 'demo@example.com',
    publicKey: 'demo-tenant-public-key',
    privateKey: 'demo-tenant-private-key',
  },
  {
    account: 'other',
    label: 'Other tenant',
    companyId: 200000002,
    email: 'other@example.com',
    publicKey: 'other-tenant-public-key',
    privateKey: 'other-tenant-private-key',
  },
];
