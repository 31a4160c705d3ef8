import { AntdProviders } from './antd-providers';
import { AppFrame } from './app-frame';
import { ScopeProvider } from './scope-provider';
import { ScopedContent } from './scoped-content';
import { SessionGate } from './session-gate';

/**
 * The signed-in shell: header (product, navigation, region, account, language, theme) and the page.
 * The session gate is here rather than in the router so that it, zod and the API client stay out of
 * the entry chunk; the round trips are the same (this chunk, then /auth/me).
 */
export default function Layout() {
  return (
    <SessionGate>
      <AntdProviders>
        <ScopeProvider>
          <AppFrame>
            <ScopedContent />
          </AppFrame>
        </ScopeProvider>
      </AntdProviders>
    </SessionGate>
  );
}
