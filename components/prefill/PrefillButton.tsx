/** The popup's way in to prefill: opens the panel on this tab (the background checks the site is allowed). */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';

export function PrefillButton() {
  const [why, setWhy] = useState('');
  const open = async () => {
    setWhy('');
    try {
      const out = await send('prefill-open', {});
      if (out.opened) window.close();
      else setWhy(out.why ?? 'The panel could not be opened here.');
    } catch (e) {
      setWhy(String((e as Error).message ?? e));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void open()} aria-keyshortcuts="Alt+Shift+F">Fill a referral form on this page</button>
      {why && <p role="alert">{why}</p>}
    </>
  );
}
