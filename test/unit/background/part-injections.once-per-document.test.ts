import { describe, expect, it, vi } from 'vitest';
import { PartInjections } from '../../../lib/background/part-injections';
import type { ContentSender } from '../../../lib/background/sender';
import type { PartName } from '../../../lib/content/parts';

const page = (documentId?: string): ContentSender<'mis-page'> => ({
  kind: 'mis-page',
  url: 'https://mis.example/Attendance/TakeRegister.aspx',
  origin: 'https://mis.example',
  tabId: 7,
  frameId: 0,
  ...(documentId ? { documentId } : {}),
});

/**
 * The background injects the overlay while answering page-settings for a page that drew badges before;
 * the page's own load-part then finds that injection: a part runs once per document.
 */
describe('part injections', () => {
  it("the page's load-part waits for the injection already on its way, and never runs the part twice", async () => {
    let done!: () => void;
    const inject = vi.fn(() => new Promise<{ loaded: true }>((r) => (done = () => r({ loaded: true }))));
    const parts = new PartInjections(inject);
    const early = parts.load('overlay', page('doc-1'));
    const asked = parts.load('overlay', page('doc-1'));
    expect(asked).toBe(early);
    done();
    await expect(asked).resolves.toEqual({ loaded: true });
    await expect(parts.load('overlay', page('doc-1'))).resolves.toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects again into another document (the same frame navigated), and other parts separately', async () => {
    const inject = vi.fn(async (_part: PartName, _sender: ContentSender) => ({ loaded: true as const }));
    const parts = new PartInjections(inject);
    await parts.load('overlay', page('doc-1'));
    await parts.load('overlay', page('doc-2'));
    await parts.load('history', page('doc-2'));
    expect(inject.mock.calls.map(([part, s]) => `${part}@${s.documentId}`)).toEqual(['overlay@doc-1', 'overlay@doc-2', 'history@doc-2']);
  });

  it('tries again after a failed injection', async () => {
    const inject = vi.fn().mockRejectedValueOnce(new Error('Cannot access contents of the page')).mockResolvedValue({ loaded: true });
    const parts = new PartInjections(inject);
    await expect(parts.load('overlay', page('doc-1'))).rejects.toThrow('Cannot access contents of the page');
    await expect(parts.load('overlay', page('doc-1'))).resolves.toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('remembers nothing where the browser does not name documents (a frame id outlives its page)', async () => {
    const inject = vi.fn(async (_part: PartName, _sender: ContentSender) => ({ loaded: true as const }));
    const parts = new PartInjections(inject);
    await parts.load('overlay', page());
    await parts.load('overlay', page());
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('keeps a bounded few documents: the oldest is forgotten first', async () => {
    const inject = vi.fn(async (_part: PartName, _sender: ContentSender) => ({ loaded: true as const }));
    const parts = new PartInjections(inject, 2);
    for (const d of ['a', 'b', 'c']) await parts.load('overlay', page(d));
    await parts.load('overlay', page('c'));
    await parts.load('overlay', page('a'));
    expect(inject.mock.calls.map(([, s]) => s.documentId)).toEqual(['a', 'b', 'c', 'a']);
  });
});
