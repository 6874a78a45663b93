// What the seven-day rule means for her notes and the way out, in her words: back up, add the app to
// the Home Screen, restore the file there (the Home Screen app keeps its own notes, so it starts empty).
import { useState } from 'preact/hooks';
import { failureWords } from '../protocol/words.ts';
import type { Device } from './homeScreen.ts';
import { Outcome } from './Outcome.tsx';
import './safariTab.css';
import { useBackUpNow } from './useBackUpNow.ts';

export function SafariTabSteps(props: { device: Device }) {
  const backUpNow = useBackUpNow();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function backUp() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await backUpNow());
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        If you use Safari for seven days without opening the clipboard, Safari may delete everything it keeps
        on this {props.device}: a summer break could empty it. Added to the Home Screen, the app keeps your
        notes.
      </p>
      <ol class="safari-steps">
        <li>
          <button type="button" class="primary" disabled={busy} onClick={() => void backUp()}>
            Back up now
          </button>{' '}
          and keep the file in Files.
        </li>
        <li>
          Tap Share (the square with an arrow pointing up), then <strong>Add to Home Screen</strong>, then{' '}
          <strong>Add</strong>.
        </li>
        <li>
          Open <strong>Conferring</strong> from the Home Screen. It starts empty (it keeps its own notes,
          apart from Safari’s): in its Settings, tap <strong>Restore from a backup…</strong> and choose the
          file, or sign in to sync there.
        </li>
      </ol>
      <Outcome message={message} error={error} />
    </>
  );
}
