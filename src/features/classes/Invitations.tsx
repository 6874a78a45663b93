// Invitations waiting for her: a class another teacher shares with her. Accepting brings the class down
// with the sync that starts at once; it then sits beside her own classes, under its owner's name.
import { useEffect, useState } from 'preact/hooks';
import { failureWords } from '../../protocol/words.ts';
import { sync } from '../../sync/appSync.ts';
import { declineInvitation, type InvitationToMe, joinWithCode, myInvitations } from '../../sync/sharing.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { ROLE_WORDS } from './SharePanel.tsx';

export function Invitations() {
  const [invitations, setInvitations] = useState<InvitationToMe[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Signed out or offline: there is nothing to show, and nothing to say about it here.
    sync
      .signedIn()
      .then(() => myInvitations(sync))
      .then(
        (found) => live && setInvitations(found),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  if (invitations.length === 0 && !message && !error) return null;

  async function answer(invitation: InvitationToMe, accept: boolean) {
    setError(null);
    try {
      if (accept) {
        const code = window.prompt(`The code ${invitation.owner} gave you (like K7QM-4XRT):`) ?? '';
        if (!code.trim()) return;
        await joinWithCode(sync, code);
      } else await declineInvitation(sync, invitation.id);
      setInvitations(invitations.filter((i) => i.id !== invitation.id));
      setMessage(
        accept
          ? `${invitation.className} is shared with you: it arrives with this sync, beside your classes.`
          : `You declined ${invitation.className}.`,
      );
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  return (
    <section class="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <ul class="list" aria-label="Invitations">
        {invitations.map((i) => (
          <li key={i.id} class="row">
            <span class="row-main">
              {i.owner} shares <strong>{i.className}</strong> with you as {ROLE_WORDS[i.role].toLowerCase()}
            </span>
            <span class="row-actions">
              <button
                type="button"
                class="primary"
                aria-label={`Accept ${i.className}`}
                onClick={() => void answer(i, true)}
              >
                Accept
              </button>
              <button
                type="button"
                aria-label={`Decline ${i.className}`}
                onClick={() => void answer(i, false)}
              >
                Decline
              </button>
            </span>
          </li>
        ))}
      </ul>
      <Outcome message={message} error={error} />
    </section>
  );
}
