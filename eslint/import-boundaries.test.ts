import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import boundaries from './import-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;

const at = (file: string) => path.join(process.cwd(), file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('import-boundaries', boundaries.rules['import-boundaries'], {
  valid: [
    { filename: at('contract/fields.ts'), code: "import { z } from 'zod';" },
    { filename: at('contract/contract.ts'), code: "import { x } from './fields';" },
    { filename: at('server/gateway/app.ts'), code: "import { contract } from '../../contract/contract';" },
    { filename: at('src/features/vms/list/page.tsx'), code: "import { vmQueries } from '../../../entities/vm/vm-queries';" },
    { filename: at('src/features/vms/list/page.tsx'), code: "import { x } from '../detail/y';" },
    { filename: at('src/app/router.tsx'), code: "const page = import('../features/vms/list/page');" },
    { filename: at('src/hook-test-wrapper.tsx'), code: "import { createQueryClient } from './app/query-client';" },
  ],
  invalid: [
    { filename: at('contract/fields.ts'), code: "import { readFileSync } from 'node:fs';", errors: 1 },
    { filename: at('contract/fields.ts'), code: "import { call } from '../src/api/client';", errors: 1 },
    { filename: at('server/gateway/app.ts'), code: "import { t } from '../../src/i18n/translate';", errors: 1 },
    { filename: at('src/api/client.ts'), code: "import { sign } from '../../server/wire/sign';", errors: 1 },
    { filename: at('src/features/console/page.tsx'), code: "import { x } from '../vms/list/page';", errors: 1 },
    { filename: at('src/features/console/page.tsx'), code: "const x = import('../create-vm/page');", errors: 1 },
    { filename: at('src/entities/vm/vm-queries.ts'), code: "import { x } from '../../features/vms/list/params';", errors: 1 },
    { filename: at('src/features/vms/list/page.tsx'), code: "import { x } from '../../../app/layout';", errors: 1 },
    { filename: at('src/entities/vm/vm-queries.ts'), code: "export { x } from '../../app/scope';", errors: 1 },
    { filename: at('src/paths.ts'), code: "import { x } from './app/query-client';", errors: 1 },
  ],
});
