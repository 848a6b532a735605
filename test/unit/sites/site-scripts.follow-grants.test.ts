import { beforeEach, describe, expect, it, vi } from 'vitest';

// A small stand-in for the two APIs sites.ts uses: the grants, and the registered content scripts.
interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
}
const state = { origins: [] as string[], registered: [] as Registered[] };
const browser = {
  permissions: { getAll: async () => ({ origins: state.origins }) },
  scripting: {
    getRegisteredContentScripts: async () => state.registered.map((s) => ({ ...s })),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (state.registered = state.registered.filter((s) => !ids.includes(s.id))),
    registerContentScripts: async (list: Registered[]) => void state.registered.push(...list),
    updateContentScripts: async (list: Registered[]) =>
      list.forEach((u) => Object.assign(state.registered.find((s) => s.id === u.id)!, u)),
  },
};
vi.mock('wxt/browser', () => ({ browser }));
const { syncSiteScripts, SITE_RUN_AT } = await import('../../../lib/background/sites');

beforeEach(() => {
  state.origins = [];
  state.registered = [];
});

describe('the MIS content script follows the user’s grants', () => {
  it('registers granted MIS origins only, and unregisters revoked ones', async () => {
    state.origins = ['https://*.arbor.sc/*', 'http://localhost/*'];
    expect(await syncSiteScripts()).toEqual(['https://*.arbor.sc/*']);
    expect(state.registered.map((s) => s.matches)).toEqual([['https://*.arbor.sc/*']]);
    state.origins = [];
    await syncSiteScripts();
    expect(state.registered).toEqual([]);
  });

  it('brings a registration an older version made (run at idle) up to the current run time', async () => {
    state.origins = ['https://*.arbor.sc/*'];
    await syncSiteScripts();
    state.registered[0]!.runAt = 'document_idle';
    await syncSiteScripts();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]!.runAt).toBe(SITE_RUN_AT);
    expect(SITE_RUN_AT).toBe('document_start');
  });
});
