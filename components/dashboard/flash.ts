import { signal } from '@preact/signals';

/**
 * A message for one page (e.g. "Phone call added"), shown in the shell's role=status region while
 * that page (its hash) is open, and dropped once the user goes elsewhere.
 */
export const flash = signal<{ hash: string; text: string } | null>(null);

export function flashOn(hash: string, text: string): void {
  flash.value = { hash, text };
}
