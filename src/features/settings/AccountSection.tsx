// Her sync account, for a lost iPad: the devices signed in to it (sign any of them out at once), a new
// password (the other devices kept or signed out, her choice), and deleting the account with everything
// of it on the server. Shown while she is signed in.
import { useEffect, useState } from 'preact/hooks';
import { shortDayAndTime } from '../../data/index.ts';
import type { Device } from '../../protocol/account.ts';
import { failureWords } from '../../protocol/words.ts';
import {
  accountStatus,
  changePassword,
  deleteAccount,
  listDevices,
  signOutDevice,
  sync,
} from '../../sync/index.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { SecretField } from '../../ui/SecretField.tsx';
import { useStatus } from '../../ui/useStatus.ts';
import { YourName } from './YourName.tsx';

function Devices() {
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const load = () =>
    listDevices(sync).then(
      (list) => {
        setDevices(list);
        setError(null);
      },
      (failure: unknown) =>
        setError(`The list of devices needs a connection to your sync server. ${failureWords(failure)}`),
    );
  useEffect(() => void load(), []);

  async function signOut(device: Device) {
    const who = device.name || 'this device';
    if (
      device.current &&
      !window.confirm(`Sign this device (${who}) out? Its notes stay here; it stops syncing.`)
    )
      return;
    try {
      await signOutDevice(sync, device);
      // The list without it first, then the words: what she reads matches what she sees.
      if (!device.current) await load();
      setMessage(`${who} is signed out: it can no longer sync with your account.`);
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  return (
    <section aria-labelledby="devices-title">
      <h3 id="devices-title">Devices signed in</h3>
      {devices === null && !error && <p class="muted">Loading the devices…</p>}
      {devices && (
        <ul class="list" aria-label="Devices signed in">
          {devices.map((d) => (
            <li key={d.id} class="row">
              <span class="row-main group-text">
                <strong>
                  {d.name || 'A device'}
                  {d.current && ' (this device)'}
                </strong>
                <span class="muted">
                  {d.lastSyncAt ? `Last sync ${shortDayAndTime(d.lastSyncAt)}` : 'Not synced yet'}
                </span>
              </span>
              <button
                type="button"
                onClick={() => void signOut(d)}
                aria-label={`Sign out ${d.name || 'a device'}${d.current ? ' (this device)' : ''}`}
              >
                Sign out
              </button>
            </li>
          ))}
        </ul>
      )}
      <Outcome message={message} error={error} />
    </section>
  );
}

function ChangePassword() {
  const [form, setForm] = useState({ password: '', newPassword: '', signOutOthers: true });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="form"
      aria-label="Change the password"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        changePassword(sync, form).then(
          () => {
            setForm({ password: '', newPassword: '', signOutOthers: form.signOutOthers });
            setError(null);
            setMessage(
              form.signOutOthers
                ? 'Password changed. Your other devices are signed out: sign in on each with the new password.'
                : 'Password changed. Your other devices stay signed in.',
            );
          },
          (failure: unknown) => setError(failureWords(failure)),
        );
      }}
    >
      <h3>Change the password</h3>
      <SecretField
        label="Current password"
        autocomplete="current-password"
        value={form.password}
        onInput={(password) => setForm({ ...form, password })}
      />
      <SecretField
        label="New password (at least 8 characters)"
        autocomplete="new-password"
        value={form.newPassword}
        onInput={(newPassword) => setForm({ ...form, newPassword })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={form.signOutOthers}
          onChange={(e) => setForm({ ...form, signOutOthers: e.currentTarget.checked })}
        />
        <span>Sign out my other devices</span>
      </label>
      <div class="toolbar">
        <button type="submit" class="primary" disabled={!form.password || form.newPassword.length < 8}>
          Change password
        </button>
      </div>
      <Outcome message={message} error={error} />
    </form>
  );
}

function DeleteAccount(props: { email: string; onDeleted: () => void }) {
  const [form, setForm] = useState({ password: '', confirm: '' });
  const [error, setError] = useState<string | null>(null);
  const typed = form.confirm.trim().toLowerCase() === props.email;
  return (
    <form
      class="form"
      aria-label="Delete the account"
      onSubmit={(e) => {
        e.preventDefault();
        deleteAccount(sync, form).then(props.onDeleted, (failure: unknown) =>
          setError(failureWords(failure)),
        );
      }}
    >
      <h3>Delete the account</h3>
      <p class="muted">
        Deletes the account, every record and every recording and photo of it on the sync server, for all your
        devices. It cannot be undone. The notes on each device stay there (erase a device below).
      </p>
      <label class="field">
        <span>Type the account’s email ({props.email}) to confirm</span>
        <input
          type="email"
          autocomplete="off"
          value={form.confirm}
          onInput={(e) => setForm({ ...form, confirm: e.currentTarget.value })}
        />
      </label>
      <SecretField
        label="Password"
        autocomplete="current-password"
        value={form.password}
        onInput={(password) => setForm({ ...form, password })}
      />
      <div class="toolbar">
        <button type="submit" class="danger" disabled={!typed || !form.password}>
          Delete the account and its data
        </button>
      </div>
      <Outcome message={null} error={error} />
    </form>
  );
}

export function AccountSection() {
  const account = useStatus(accountStatus);
  const state = useStatus(sync.status);
  // Deleting signs this device out, which would take the section (and its answer) away: the answer stays.
  const [deleted, setDeleted] = useState(false);
  if (deleted)
    return (
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">Your account</h2>
        <p role="status">
          Your account and everything of it on the sync server are deleted. What is on this device stays here.
        </p>
      </section>
    );
  // Signed out from another device: nothing here can reach the account until she signs in again.
  const signedOut = state.kind === 'error' && state.signInAgain === true;
  if (!account?.token || !account.email || signedOut) return null;
  return (
    <section class="card" id="account" aria-labelledby="account-title">
      <h2 id="account-title">Your account</h2>
      <YourName />
      <Devices />
      <ChangePassword />
      <DeleteAccount email={account.email} onDeleted={() => setDeleted(true)} />
    </section>
  );
}
