import { describe, expect, it, vi } from 'vitest';
import { GENERIC_READER_ID, partLoader, providePart, type OverlayPart } from '../../../lib/content/parts';
import { genericReader } from '../../../lib/readers/generic/index';

const fakeOverlay = (tag: string) => ({ tag }) as unknown as OverlayPart;

describe('partLoader', () => {
  it('injects a part once and hands back what its script provided', async () => {
    const api = fakeOverlay('new');
    const inject = vi.fn(async () => providePart('overlay', api));
    const load = partLoader(inject);
    await expect(load('overlay')).resolves.toBe(api);
    await expect(load('overlay')).resolves.toBe(api);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith('overlay');
  });

  it('never uses a part an earlier content script left behind', async () => {
    providePart('overlay', fakeOverlay('stale'));
    // The injection ran but the part did not register (e.g. it threw): that is an error, not the stale copy.
    await expect(partLoader(async () => {})('overlay')).rejects.toThrow('the overlay part did not load');
    providePart('overlay', fakeOverlay('stale'));
    const fresh = fakeOverlay('fresh');
    await expect(partLoader(async () => providePart('overlay', fresh))('overlay')).resolves.toBe(fresh);
  });

  it('tries again after a failed injection', async () => {
    const api = fakeOverlay('second try');
    let calls = 0;
    const load = partLoader(async () => {
      if (++calls === 1) throw new Error('Cannot access contents of the page');
      providePart('overlay', api);
    });
    await expect(load('overlay')).rejects.toThrow('Cannot access contents of the page');
    await expect(load('overlay')).resolves.toBe(api);
    expect(calls).toBe(2);
  });
});

it("the generic reader's switch id is the generic reader's own id", () => {
  expect(GENERIC_READER_ID).toBe(genericReader.id);
});

describe('partLoader with a part the background injects on its own', () => {
  it('is done as soon as the part has run, before the background answers the load', async () => {
    const api = fakeOverlay('early');
    let answer!: () => void;
    const load = partLoader(() => new Promise<void>((resolve) => (answer = resolve)));
    const loaded = load('overlay');
    let got: OverlayPart | undefined;
    void loaded.then((a) => (got = a));
    providePart('overlay', api); // the part's script runs; the background's answer is still on its way
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toBe(api);
    answer();
    await expect(loaded).resolves.toBe(api);
  });

  it('uses a part already provided since the loader began, without injecting it again', async () => {
    const inject = vi.fn(async () => {});
    const load = partLoader(inject);
    const api = fakeOverlay('injected by the background');
    providePart('overlay', api);
    await expect(load('overlay')).resolves.toBe(api);
    expect(inject).not.toHaveBeenCalled();
  });

  it('still fails when the injection fails and the part never ran', async () => {
    const load = partLoader(async () => {
      throw new Error('Frame with ID 0 was removed');
    });
    await expect(load('overlay')).rejects.toThrow('Frame with ID 0 was removed');
    // …and a later part of the same name does not resolve that old load, nor is it held for it.
    const api = fakeOverlay('later');
    providePart('overlay', api);
    await expect(load('overlay')).resolves.toBe(api);
  });
});
