import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { usePupilHost } from './pupil-host';

/**
 * The page's one h1. It takes focus when it appears, so after a route change a keyboard or screen
 * reader user starts at the new page's heading instead of wherever the old page left them (unless
 * the host says not: the side panel, when it follows the register, leaves the keyboard where it is).
 */
export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const host = usePupilHost();
  useEffect(() => {
    document.title = `${title} – Attendance Lens`;
    if (host.mayTakeFocus()) ref.current?.focus();
  }, [title]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
