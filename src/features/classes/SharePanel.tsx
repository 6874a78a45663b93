// Share this class: who else sees it (a co-teacher writes it, a coach reads it and adds reflections), the
// invitations waiting for their code, and the form that makes one. Joining needs the owner's consent: a
// one-time code she hands over, shown here once. The list and every change go to the sync server: sharing
// needs a connection, and the class must have synced once.
import { useEffect, useState } from 'preact/hooks';
import type { ClassRecord } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import {
  type ClassMembers,
  cancelInvitation,
  classMembers,
  inviteToClass,
  type NewInvitation,
  type Role,
  removeFromClass,
  sync,
} from '../../sync/index.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { InvitationCode } from './InvitationCode.tsx';
import { InviteForm } from './InviteForm.tsx';
import { expiryWords } from './inviteCode.ts';
import { ROLE_WORDS } from './roles.ts';

type Waiting = ClassMembers['invitations'][number];

const forWhom = (email: string) => (email ? `for ${email}` : 'for whoever has the code');

export function SharePanel(props: { item: ClassRecord }) {
  const { item } = props;
  const [members, setMembers] = useState<ClassMembers | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inviteError, setInviteError] = useState<string | null>(null);
  // The code of the invitation just made: in this screen's memory only, never stored (shown once).
  const [shown, setShown] = useState<NewInvitation | null>(null);

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

  async function act(run: () => Promise<string | null>): Promise<boolean> {
    setBusy(true);
    setMessage(null);
    setError(null);
    setInviteError(null);
    try {
      const done = await run();
      await reload();
      setMessage(done);
      return true;
    } catch (failure) {
      setError(failureWords(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** A fresh invitation like this one; the old one stops opening the class once the new one exists. */
  const newCode = (old: Pick<Waiting, 'id' | 'email' | 'role'>) =>
    act(async () => {
      const fresh = await inviteToClass(sync, item.id, old.email, old.role);
      await cancelInvitation(sync, item.id, old.id);
      setShown(fresh);
      return 'A new code: the old one no longer opens the class.';
    });

  const invite = async (email: string, role: Role) => {
    setBusy(true);
    setMessage(null);
    setError(null);
    setInviteError(null);
    try {
      setShown(await inviteToClass(sync, item.id, email, role));
      await reload();
      return true;
    } catch (failure) {
      // Beside the field: most refusals are about the email (her own, already a member, not an email).
      setInviteError(failureWords(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const titleId = `share-${item.id}`;
  const waiting = members?.invitations ?? [];
  return (
    <section class="share-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>Share {item.name}</h3>
      {loadError && (
        <p class="field-error" role="alert">
          {loadError} <a href="/settings#sync">Sync settings</a>
        </p>
      )}
      {!members && !loadError && <p class="muted">Asking the sync server who shares this class…</p>}
      {shown && (
        <InvitationCode
          invitation={shown}
          className={item.name}
          busy={busy}
          onNewCode={() => void newCode(shown)}
          onDone={() => setShown(null)}
        />
      )}
      {members && members.members.length + waiting.length === 0 && (
        <p class="muted">Only you see this class.</p>
      )}
      {members && members.members.length > 0 && (
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
                  void act(async () => {
                    await removeFromClass(sync, item.id, m.accountId);
                    sync.now();
                    return `${m.name || m.email} no longer shares ${item.name}.`;
                  });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h4>Waiting for their code</h4>
          <ul class="list" aria-label={`Invitations to ${item.name} waiting`}>
            {waiting.map((i) => (
              <WaitingRow
                key={i.id}
                invitation={i}
                codeShown={shown?.id === i.id}
                busy={busy}
                onNewCode={() => void newCode(i)}
                onCancel={() =>
                  void act(async () => {
                    await cancelInvitation(sync, item.id, i.id);
                    if (shown?.id === i.id) setShown(null);
                    return `The invitation ${forWhom(i.email)} is cancelled: its code opens nothing now.`;
                  })
                }
              />
            ))}
          </ul>
        </>
      )}
      <Outcome message={message} error={error} />
      <InviteForm
        classId={item.id}
        className={item.name}
        busy={busy}
        disabled={!!loadError}
        error={inviteError}
        onInvite={invite}
      />
    </section>
  );
}

function WaitingRow(props: {
  invitation: Waiting;
  codeShown: boolean;
  busy: boolean;
  onNewCode: () => void;
  onCancel: () => void;
}) {
  const i = props.invitation;
  const who = forWhom(i.email);
  return (
    <li class="row">
      <span class="row-main group-text">
        <strong>
          {ROLE_WORDS[i.role]} {who}
        </strong>
        <span class="muted">
          Expires {expiryWords(i.expiresAt)}
          {props.codeShown && ' · its code is above'}
        </span>
        {i.locked && <strong class="field-error">Locked after five wrong codes: make a new code</strong>}
      </span>
      <span class="row-actions">
        <button type="button" disabled={props.busy} aria-label={`New code ${who}`} onClick={props.onNewCode}>
          New code
        </button>
        <button
          type="button"
          disabled={props.busy}
          aria-label={`Cancel the invitation ${who}`}
          onClick={props.onCancel}
        >
          Cancel
        </button>
      </span>
    </li>
  );
}
