import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { chunksForPath } from './route-chunks';
import { appRoutes } from './router';

// The entry starts a URL's chunks before the router exists (boot.ts), from its own copy of the route table:
// both must name the same chunks for every kind of path, or a first visit loads one chunk too many or late.
const PATHS = ['/sign-in', '/', '/vms', '/activity', '/vms/create', '/vms/vm-abc', '/vms/vm-abc/console', '/no-such-page', '/vms/vm-abc/disks'];

describe('chunksForPath', () => {
  const routes = appRoutes(new QueryClient());
  for (const path of PATHS) {
    it(`names the chunks the router loads for ${path}`, () => {
      const matched = (matchRoutes(routes, path) ?? []).flatMap((m) => {
        const chunk = (m.route.handle as { chunk?: string } | undefined)?.chunk;
        return chunk ? [chunk] : [];
      });
      expect(chunksForPath(path)).toEqual(matched);
    });
  }
});
