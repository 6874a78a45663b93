// Privacy in the room and the lost iPad, on this device: initials only, the names cover, the screen lock
// (a PIN), and erasing everything the app keeps here.
import { useState } from 'preact/hooks';
import { eraseDevice, keptAside, type PinLock, parkedChanges, pendingSummary } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { lockNow } from '../../state/idle.ts';
import { checkPinFormat } from '../../state/pin.ts';
import { removePin, setIdleMinutes, setPin, tryUnlock } from '../../state/pinLock.ts';
import { pinLock, setInitialsOnly } from '../../state/privacy.ts';
import { sync } from '../../sync/index.ts';
import { initialsOnly } from '../../ui/names.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { SecretField } from '../../ui/SecretField.tsx';
import { useStatus } from '../../ui/useStatus.ts';

const IDLE_CHOICES: PinLock['idleMinutes'][] = [1, 5, 15];

function IdleChoice(props: {
  value: PinLock['idleMinutes'];
  onChange: (minutes: PinLock['idleMinutes']) => void;
}) {
  return (
    <fieldset class="field chips">
      <legend>Lock after this long untouched</legend>
      <div class="segmented">
        {IDLE_CHOICES.map((minutes) => (
          <label key={minutes} class="chip">
            <input
              type="radio"
              name="idle-minutes"
              checked={props.value === minutes}
              onChange={() => props.onChange(minutes)}
            />
            <span>{minutes === 1 ? '1 minute' : `${minutes} minutes`}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ScreenLock() {
  const lock = useStatus(pinLock);
  const [form, setForm] = useState({ pin: '', again: '', idle: 5 as PinLock['idleMinutes'] });
  const [off, setOff] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (lock)
    return (
      <div class="form">
        <p>
          A PIN is asked when the app opens and after{' '}
          {lock.idleMinutes === 1 ? '1 minute' : `${lock.idleMinutes} minutes`} untouched.
        </p>
        <IdleChoice value={lock.idleMinutes} onChange={(minutes) => void setIdleMinutes(minutes)} />
        <div class="toolbar">
          <button type="button" onClick={lockNow}>
            Lock now
          </button>
        </div>
        <form
          class="inline-form"
          aria-label="Turn the PIN off"
          onSubmit={(e) => {
            e.preventDefault();
            tryUnlock(off).then(
              async (result) => {
                if (!result.ok) return setError(result.message);
                await removePin();
                setOff('');
                setError(null);
                setMessage('The PIN is off.');
              },
              (failure: unknown) => setError(failureWords(failure)),
            );
          }}
        >
          <SecretField label="Your PIN, to turn it off" autocomplete="off" pin value={off} onInput={setOff} />
          <button type="submit" disabled={off.length < 4}>
            Turn the PIN off
          </button>
        </form>
        <Outcome message={message} error={error} />
      </div>
    );
  return (
    <form
      class="form"
      aria-label="Set a PIN"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = checkPinFormat(form.pin) ?? (form.pin !== form.again ? 'The two PINs differ.' : null);
        if (problem) return setError(problem);
        setBusy(true);
        setPin(form.pin, form.idle)
          .then(
            () => {
              setForm({ pin: '', again: '', idle: form.idle });
              setError(null);
              setMessage('PIN set: it is asked when the app opens and after the time you chose.');
            },
            (failure: unknown) => setError(failureWords(failure)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <SecretField
        label="New PIN (4 to 8 digits)"
        autocomplete="new-password"
        pin
        value={form.pin}
        onInput={(pin) => setForm({ ...form, pin })}
      />
      <SecretField
        label="The same PIN again"
        autocomplete="new-password"
        pin
        value={form.again}
        onInput={(again) => setForm({ ...form, again })}
      />
      <IdleChoice value={form.idle} onChange={(idle) => setForm({ ...form, idle })} />
      <div class="toolbar">
        <button type="submit" class="primary" disabled={busy || form.pin.length < 4}>
          Set PIN
        </button>
      </div>
      <Outcome message={message} error={error} />
    </form>
  );
}

function EraseDevice() {
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function ask() {
    const [{ records, conferences }, parked, kept] = await Promise.all([
      pendingSummary(),
      parkedChanges(),
      keptAside(),
    ]);
    // What was kept from a class no longer shared is on this device only, like what has not synced.
    const unsynced = records + parked.length + kept.length;
    const others = unsynced - conferences;
    setAsking(
      unsynced === 0
        ? 'Everything on this device has synced (or there is nothing yet). Erasing removes it all from this device.'
        : `${conferences === 0 ? '' : `${conferences} ${conferences === 1 ? 'conference' : 'conferences'} and `}${others} ${
            others === 1 ? 'other record has' : 'other records have'
          } not synced yet: erasing loses ${unsynced === 1 ? 'it' : 'them'} for good.`,
    );
  }

  return (
    <div class="form">
      <p class="muted">
        Removes every class, student, note, recording, photo and setting this app keeps on this device, and
        signs it out. What has synced stays on your sync server.
      </p>
      {asking === null ? (
        <div class="toolbar">
          <button type="button" class="danger" onClick={() => void ask()}>
            Erase this device…
          </button>
        </div>
      ) : (
        <div class="banner banner-warn erase-confirm" role="alert">
          <span>{asking}</span>
          <span class="toolbar">
            <button
              type="button"
              class="danger"
              onClick={() =>
                // Signed out on the server first (best effort: offline, the sign-in expires unused).
                sync
                  .signOut()
                  .catch(() => undefined)
                  .then(() => eraseDevice())
                  .then(
                    () => window.location.replace('/'),
                    (failure: unknown) => setError(failureWords(failure)),
                  )
              }
            >
              Erase everything on this device
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </span>
        </div>
      )}
      <Outcome message={null} error={error} />
    </div>
  );
}

export function PrivacySection() {
  const initials = useStatus(initialsOnly);
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p class="muted">
        <strong>Hide</strong> in the top bar (or Cmd/Ctrl + Shift + H on a keyboard) covers the screen until
        you tap <strong>Show</strong>.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={initials}
          onChange={(e) => void setInitialsOnly(e.currentTarget.checked)}
        />
        <span>Initials only: show students as initials on every screen (printed forms keep full names)</span>
      </label>
      <h3>Screen lock</h3>
      <p class="muted">
        A screen lock keeps a passer-by out of the app. It does not encrypt what this device stores: for a
        lost iPad, also sign the device out below or from another device.
      </p>
      <ScreenLock />
      <h3>Erase this device</h3>
      <EraseDevice />
    </section>
  );
}
