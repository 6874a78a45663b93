// Share this class: who else sees it (a co-teacher writes it, a coach reads it and adds reflections), the
// invitations waiting, and the form to invite a teacher by the email of her sync account. The list and
// every change go to the sync server: sharing needs a connection, and the class must have synced once.
import { useEffect, useState } from 'preact/hooks';
import type { ClassRecord } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { sync } from '../../sync/appSync.ts';
import {
  type ClassMembers,
  cancelInvitation,
  classMembers,
  inviteToClass,
  type Role,
  removeFromClass,
} from '../../sync/sharing.ts';
import { Outcome } from '../../ui/Outcome.tsx';

export const ROLE_WORDS: Record<Role, string> = { coteacher: 'Co-teacher', coach: 'Coach' };

export function SharePanel(props: { item: ClassRecord }) {
  const { item } = props;
  const [members, setMembers] = useState<ClassMembers | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('coteacher');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = () =>
    classMembers(sync, item.id).then(
      (found) => {
        setMembers(found);
        setLoadError(null);
      },
      (failure: unknown) => setLoadError(`Sharing needs your sync server. ${failureWords(failure)}`),
    );
  useEffect(() => {
    void reload();
  }, [item.id]);

  async function act(run: () => Promise<void>, done: string) {
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      await run();
      sync.now();
      await reload();
      setMessage(done);
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
    }
  }

  const titleId = `share-${item.id}`;
  return (
    <section class="share-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>Share {item.name}</h3>
      {loadError && (
        <p class="field-error" role="alert">
          {loadError} <a href="/settings">Sync settings</a>
        </p>
      )}
      {!members && !loadError && <p class="muted">Asking the sync server who shares this class…</p>}
      {members && members.members.length + members.invitations.length === 0 && (
        <p class="muted">Only you see this class.</p>
      )}
      {members && members.members.length + members.invitations.length > 0 && (
        <ul class="list" aria-label={`Who shares ${item.name}`}>
          {members.members.map((m) => (
            <li key={m.accountId} class="row">
              <span class="row-main">
                <strong>{m.name || m.email}</strong>
                <span class="muted">
                  {' '}
                  {m.name ? `${m.email} · ` : ''}
                  {ROLE_WORDS[m.role]}
                </span>
              </span>
              <button
                type="button"
                disabled={busy}
                aria-label={`Remove ${m.name || m.email} from ${item.name}`}
                onClick={() => {
                  if (
                    !window.confirm(
                      `Remove ${m.name || m.email} from ${item.name}? The class leaves her devices at their next sync; anything she had not synced is kept aside on her device.`,
                    )
                  )
                    return;
                  void act(
                    () => removeFromClass(sync, item.id, m.accountId),
                    `${m.name || m.email} no longer shares ${item.name}.`,
                  );
                }}
              >
                Remove
              </button>
            </li>
          ))}
          {members.invitations.map((i) => (
            <li key={i.id} class="row">
              <span class="row-main">
                <strong>{i.email}</strong>
                <span class="muted"> {ROLE_WORDS[i.role]} · invited, not accepted yet</span>
              </span>
              <button
                type="button"
                disabled={busy}
                aria-label={`Cancel the invitation to ${i.email}`}
                onClick={() =>
                  void act(
                    () => cancelInvitation(sync, item.id, i.id),
                    `The invitation to ${i.email} is cancelled.`,
                  )
                }
              >
                Cancel invitation
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="share-form"
        onSubmit={(event) => {
          event.preventDefault();
          const to = email.trim();
          void act(async () => {
            await inviteToClass(sync, item.id, to, role);
            setEmail('');
          }, `Invited ${to} as ${ROLE_WORDS[role].toLowerCase()}. She accepts on her device, under Classes.`);
        }}
      >
        <label>
          Teacher’s email (her sync account)
          <input
            type="email"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </label>
        <fieldset class="share-roles">
          <legend>She will be</legend>
          <label>
            <input
              type="radio"
              name={`role-${item.id}`}
              checked={role === 'coteacher'}
              onChange={() => setRole('coteacher')}
            />
            <span>
              <strong>Co-teacher</strong>: reads and writes the roster, conferences, goals, grids, plans,
              sign-ups and recordings
            </span>
          </label>
          <label>
            <input
              type="radio"
              name={`role-${item.id}`}
              checked={role === 'coach'}
              onChange={() => setRole('coach')}
            />
            <span>
              <strong>Coach</strong>: reads everything, and may add reflections
            </span>
          </label>
        </fieldset>
        <button type="submit" class="primary" disabled={busy || !!loadError}>
          Invite
        </button>
      </form>
      <Outcome message={message} error={error} />
    </section>
  );
}
