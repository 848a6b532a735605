/**
 * Hidden twins: Rails' `check_box` writes `<input type=hidden name=x value=0>` before the tick box of the same
 * name, so an unticked box still sends a value; some builders do the same for a radio group (an empty hidden
 * input sharing the group's name). The twin is the unticked value's carrier, not a question: it takes no label,
 * is not reported as a hidden field, and never makes the visible control look hidden.
 */
type El = Element;

/** A test for "this element is the hidden twin of a visible tick box or radio in the same form". */
export function hiddenTwinTest(root: El): (el: El) => boolean {
  const ticked = new Set<string>();
  for (const c of Array.from(root.querySelectorAll('input[name]'))) {
    if (/^(checkbox|radio)$/i.test(c.getAttribute('type') ?? '')) ticked.add(c.getAttribute('name')!);
  }
  return (el) => el.tagName.toUpperCase() === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden' && ticked.has(el.getAttribute('name') ?? '\u0000');
}
