// Her name as the teachers she shares a class with see it (on the class, and on each conference she logs).
// Until she sets one, her account's email stands in.
import { useEffect, useState } from 'preact/hooks';
import { failureWords } from '../../protocol/words.ts';
import { sync } from '../../sync/appSync.ts';
import { myName, setMyName } from '../../sync/sharing.ts';
import { Outcome } from '../../ui/Outcome.tsx';

export function YourName() {
  const [name, setName] = useState('');
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    myName(sync).then(
      (found) => {
        setName(found);
        setReady(true);
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
          () =>
            setMessage(
              name.trim() ? `Teachers you share a class with see “${name.trim()}”.` : 'They see your email.',
            ),
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
