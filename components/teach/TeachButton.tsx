/** The popup's way in to "Teach this page": starts teach mode on this tab (the background checks the site is allowed). */
import { useState } from 'preact/hooks';
import { send } from '../../lib/messaging';

export function TeachButton() {
  const [why, setWhy] = useState('');
  const open = async () => {
    setWhy('');
    try {
      const out = await send('teach-open', {});
      if (out.opened) window.close();
      else setWhy(out.why ?? 'Teach could not start on this page.');
    } catch (e) {
      setWhy(String((e as Error).message ?? e));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void open()}>Teach this page</button>
      <p class="hint">Show Attendance Lens where the names and marks are on a register it does not read yet.</p>
      {why && <p role="alert">{why}</p>}
    </>
  );
}
