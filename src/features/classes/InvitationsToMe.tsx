// Invitations waiting for her, on her first screen (with a class of her own or none yet) and under Manage
// classes: "Ms. Rivera invited you to Room 12 as co-teacher", with the field for the code the owner gave
// her. A code also joins a class no invitation here names (she may have signed up with another email than
// the one the owner typed): the join screen, /join, takes any code.
import { useEffect, useState } from 'preact/hooks';
import { failureWords } from '../../protocol/words.ts';
import { afterFirstScreen } from '../../state/firstScreen.ts';
import { declineInvitation, type InvitationToMe, myInvitations, sync } from '../../sync/index.ts';
import { expiryWords } from './inviteCode.ts';
import { JoinWithCode, useSignedIn } from './JoinWithCode.tsx';
import { ROLE_WORDS, ROLE_YOU } from './roles.ts';

/** The invitations addressed to her account's email; none while signed out or offline. */
function useInvitations(signedIn: boolean | null) {
  const [found, setFound] = useState<InvitationToMe[]>([]);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    // After the first screen has painted: a cold start fetches nothing before the class is drawn.
    afterFirstScreen(() => {
      if (!navigator.onLine) return;
      myInvitations(sync).then(
        (list) => live && setFound(list),
        // Nothing to list is nothing to say here: the join screen says why a code cannot be used.
        () => undefined,
      );
    });
    return () => {
      live = false;
    };
  }, [signedIn]);
  return [found, setFound] as const;
}

export function InvitationsToMe(props: {
  /** Also offer to join with a code when no invitation is listed (the first screen with no class, Classes). */
  joinLink?: boolean;
}) {
  const signedIn = useSignedIn();
  const [invitations, setInvitations] = useInvitations(signedIn);
  const [error, setError] = useState<string | null>(null);
  // Joined here: the class is on its way; declining it makes no sense any more.
  const [joined, setJoined] = useState<string[]>([]);
  if (invitations.length === 0) {
    if (!props.joinLink) return null;
    // Signed out, no invitation can be listed and no code used: the way in is her sync account first.
    return signedIn === false ? (
      <p class="join-link">
        Invited to a colleague’s class? First sign in to sync (<a href="/settings#sync">Settings → Sync</a>),
        then <a href="/join">join a shared class with a code</a>.
      </p>
    ) : (
      <p class="join-link">
        Invited to a colleague’s class? <a href="/join">Join a shared class with a code</a>
      </p>
    );
  }

  const decline = (invitation: InvitationToMe) =>
    declineInvitation(sync, invitation.id).then(
      () => setInvitations(invitations.filter((i) => i.id !== invitation.id)),
      (failure: unknown) => setError(failureWords(failure)),
    );

  return (
    <section class="card invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">
        {invitations.length === 1 ? 'You are invited to a shared class' : 'You are invited to shared classes'}
      </h2>
      <ul class="invitation-list" aria-label="Invitations">
        {invitations.map((i) => {
          const role = ROLE_WORDS[i.role].toLowerCase();
          return (
            <li key={i.id} class="invitation">
              <p class="invitation-words">
                <strong>
                  {i.owner} invited you to {i.className} as {role}
                </strong>
                : enter the code she gave you.
              </p>
              <p class="muted">
                As {role} {ROLE_YOU[i.role]}. The invitation expires {expiryWords(i.expiresAt)}.
              </p>
              <JoinWithCode
                label={`The code ${i.owner} gave you`}
                formName={`Join ${i.className}`}
                onJoined={() => setJoined([...joined, i.id])}
                // Open on her screen now: the invitation has done its work.
                onOpened={() => setInvitations((list) => list.filter((x) => x.id !== i.id))}
              />
              {!joined.includes(i.id) && (
                <p>
                  <button type="button" aria-label={`Decline ${i.className}`} onClick={() => void decline(i)}>
                    Decline
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <p class="muted">
        A code for another class? <a href="/join">Join a shared class with a code</a>
      </p>
    </section>
  );
}
