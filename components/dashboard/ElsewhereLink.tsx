import type { ComponentChildren } from 'preact';
import { usePupilHost } from './pupil-host';

/** A link to a dashboard page (by its hash route): in place on the dashboard, in a new dashboard tab from the side panel. */
export function ElsewhereLink({ hash, children }: { hash: string; children: ComponentChildren }) {
  const { href, target, rel, note } = usePupilHost().elsewhere(hash);
  return (
    <a href={href} target={target} rel={rel}>
      {children}
      {note ? ` ${note}` : ''}
    </a>
  );
}
