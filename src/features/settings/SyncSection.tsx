// Her sync account: sign in or create it (in the installed app), sync now, sign out.
import { useEffect, useState } from 'preact/hooks';
import { failureWords } from '../../protocol/words.ts';
import { accountStatus, currentAccount, guessDeviceName, sync } from '../../sync/index.ts';
import { SecretField } from '../../ui/SecretField.tsx';
import { syncWords } from '../../ui/syncWords.ts';
import { useSetting } from '../../ui/useSetting.ts';
import { useStatus } from '../../ui/useStatus.ts';

export function SyncSection() {
  const account = useStatus(accountStatus);
  useEffect(() => void currentAccount(), []);
  const { token, email, server } = account ?? { token: null, email: null, server: null };
  const state = useStatus(sync.status);
  const [savedName, saveDeviceName] = useSetting('deviceName');
  const [deviceName, setDeviceName] = useState<string | null>(null);
  // Signed out from another device (or unused too long): the sign-in form again, the notes kept.
  const signInAgain = state.kind === 'error' && state.signInAgain === true;
  // The app's own origin is the sync server unless she set another.
  const [form, setForm] = useState({ server: window.location.origin, email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(
    () =>
      setForm((f) => ({
        ...f,
        server: f.server || server || window.location.origin,
        email: f.email || email || '',
      })),
    [server, email],
  );

  async function submit(create: boolean) {
    setBusy(true);
    setError(null);
    try {
      // The name goes with the sign-in: her other devices list this one by it.
      if (deviceName !== null) await saveDeviceName(deviceName.trim() || null);
      if (create) await sync.createAccount(form.server, form.email, form.password);
      else await sync.signIn(form.server, form.email, form.password);
      setForm({ ...form, password: '' });
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      <p class="muted">
        Your notes stay on this device and sync only to your own server, only when there is a connection.
        Nothing goes anywhere else.
      </p>
      {signInAgain && (
        <p class="banner banner-warn" role="alert">
          This device was signed out of your account (from another device, or after a long time unused). Your
          notes are kept here: sign in again to sync them.
        </p>
      )}
      {token && !signInAgain ? (
        <>
          <dl class="facts">
            <dt>Signed in as</dt>
            <dd>{email}</dd>
            <dt>Server</dt>
            <dd>{server}</dd>
            <dt>Status</dt>
            <dd role="status">{syncWords(state)}</dd>
          </dl>
          <div class="toolbar">
            <button type="button" class="primary" onClick={() => sync.now()}>
              Sync now
            </button>
            <button type="button" onClick={() => void sync.signOut()}>
              Sign out
            </button>
          </div>
        </>
      ) : (
        <form
          class="form"
          aria-label="Sync account"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(false);
          }}
        >
          <label class="field">
            <span>Sync server</span>
            <input
              type="url"
              value={form.server}
              onInput={(e) => setForm({ ...form, server: e.currentTarget.value })}
              autocomplete="url"
            />
          </label>
          <label class="field">
            <span>Email</span>
            <input
              type="email"
              value={form.email}
              onInput={(e) => setForm({ ...form, email: e.currentTarget.value })}
              autocomplete="username"
            />
          </label>
          <label class="field">
            <span>This device’s name</span>
            <input
              value={deviceName ?? savedName ?? guessDeviceName()}
              maxLength={80}
              onInput={(e) => setDeviceName(e.currentTarget.value)}
            />
          </label>
          <SecretField
            label="Password"
            autocomplete="current-password"
            value={form.password}
            onInput={(password) => setForm({ ...form, password })}
          />
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          <div class="toolbar">
            <button type="submit" class="primary" disabled={busy}>
              Sign in
            </button>
            <button type="button" disabled={busy} onClick={() => void submit(true)}>
              Create account
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
