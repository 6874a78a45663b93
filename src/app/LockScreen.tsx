// The lock: her PIN when the app opens and after the idle time she chose, and Forgot PIN (sign in to the
// sync account again). Opaque like the names cover, the app behind it inert. Loaded only when locked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { failureWords } from '../protocol/words.ts';
import { removePin, tryUnlock } from '../state/pinLock.ts';
import { accountStatus, currentAccount, sync } from '../sync/index.ts';
import { SecretField } from '../ui/SecretField.tsx';
import { useStatus } from '../ui/useStatus.ts';

function ForgotPin(props: { onBack: () => void }) {
  const account = useStatus(accountStatus);
  useEffect(() => void currentAccount(), []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (account && !account.server)
    return (
      <div class="cover-form">
        <p>
          The PIN is reset by signing in to your sync account again, and this device has none. Without it the
          PIN cannot be reset here: a backup restored on a fresh device, or your sync server, has your notes.
        </p>
        <button type="button" onClick={props.onBack}>
          Back to the PIN
        </button>
      </div>
    );
  return (
    <form
      class="cover-form"
      aria-label="Forgot PIN: sign in again"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        sync
          .signIn(account?.server ?? window.location.origin, email || account?.email || '', password)
          .then(removePin, (failure: unknown) => setError(failureWords(failure)))
          .finally(() => setBusy(false));
      }}
    >
      <p>Sign in to your sync account again: the PIN is turned off, and you can set a new one in Settings.</p>
      <label class="field">
        <span>Email</span>
        <input
          type="email"
          autocomplete="username"
          value={email || account?.email || ''}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      <SecretField label="Password" autocomplete="current-password" value={password} onInput={setPassword} />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="primary" disabled={busy || !password}>
          Sign in and turn the PIN off
        </button>
        <button type="button" onClick={props.onBack}>
          Back to the PIN
        </button>
      </div>
    </form>
  );
}

export function LockScreen() {
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [forgot, setForgot] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [forgot]);
  return (
    <div class="cover" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <h1 id="lock-title" class="cover-title">
        Conferring Clipboard is locked
      </h1>
      {forgot ? (
        <ForgotPin onBack={() => setForgot(false)} />
      ) : (
        <form
          class="cover-form"
          aria-label="Unlock"
          onSubmit={(e) => {
            e.preventDefault();
            setChecking(true);
            tryUnlock(pin)
              .then((result) => {
                if (!result.ok) {
                  setMessage(result.message);
                  setPin('');
                }
              })
              .finally(() => setChecking(false));
          }}
        >
          <label class="field">
            <span>PIN</span>
            <input
              ref={field}
              type="password"
              inputMode="numeric"
              autocomplete="off"
              pattern="[0-9]*"
              maxLength={8}
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value.replace(/\D/g, ''))}
            />
          </label>
          {message && (
            <p class="field-error" role="alert">
              {message}
            </p>
          )}
          <div class="toolbar">
            <button type="submit" class="primary" disabled={checking || pin.length < 4}>
              {checking ? 'Checking…' : 'Unlock'}
            </button>
            <button type="button" onClick={() => setForgot(true)}>
              Forgot PIN?
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
