// Her name as the teachers she shares a class with see it (on the class, and on each conference she logs).
// Until she sets one, her account's email stands in. A copy stays on the device, for the parent summary,
// which prints offline.
import { useEffect, useState } from 'preact/hooks';
import { getSetting } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { myName, setMyName, sync } from '../../sync/index.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { useSetting } from '../../ui/useSetting.ts';

export function YourName() {
  const [name, setName] = useState('');
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, keepOnDevice] = useSetting('teacherName');
  useEffect(() => {
    myName(sync).then(
      (found) => {
        setName(found);
        setReady(true);
        // A device with no copy yet (a new iPad) takes the account's; a name typed on this one stays. A
        // copy that cannot be written costs nothing: she can type her name on the summary.
        if (found.trim())
          void getSetting('teacherName')
            .then((kept) => (kept ? undefined : keepOnDevice(found.trim())))
            .catch(() => undefined);
      },
      (failure: unknown) =>
        setError(`Your name needs a connection to your sync server. ${failureWords(failure)}`),
    );
  }, []);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        setError(null);
        setMyName(sync, name).then(
          () => {
            void keepOnDevice(name.trim() || null).catch(() => undefined);
            setMessage(
              name.trim() ? `Teachers you share a class with see “${name.trim()}”.` : 'They see your email.',
            );
          },
          (failure: unknown) => setError(failureWords(failure)),
        );
      }}
    >
      <h3>Your name</h3>
      <label>
        Your name, as teachers you share a class with see it
        <input
          type="text"
          maxLength={80}
          autoComplete="name"
          disabled={!ready}
          value={name}
          placeholder="Ms. Rivera"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={!ready}>
        Save name
      </button>
      <Outcome message={message} error={error} />
    </form>
  );
}
