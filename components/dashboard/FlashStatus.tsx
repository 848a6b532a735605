import { useEffect } from 'preact/hooks';
import { flash } from './flash';

/**
 * The role=status region that shows a page's message (e.g. "Phone call … added"); `route` is what
 * changes on navigation: leaving the page the message was set for drops it.
 */
export function FlashStatus({ route }: { route: unknown }) {
  useEffect(() => {
    if (flash.value && flash.value.hash !== location.hash) flash.value = null;
  }, [route]);
  return (
    <div role="status" class="flash">
      {flash.value?.hash === location.hash ? flash.value.text : ''}
    </div>
  );
}
