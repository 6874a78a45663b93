// A new invitation's one-time code, on the owner's screen: big enough to read across a table, with a QR
// code of the app's own join screen (scanning it opens that screen with the code filled in), when it
// expires, and that it shows only now: the sync server keeps no copy of it, only a hash.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { NewInvitation } from '../../sync/index.ts';
import { expiryWords, joinAddress } from './inviteCode.ts';
import { qrSquares } from './qrCode.ts';
import { ROLE_WORDS } from './roles.ts';

/** "K 7 Q M, 4 X R T": VoiceOver reads a code one character at a time, not as a word. */
const spelled = (code: string) =>
  code
    .split('-')
    .map((half) => half.split('').join(' '))
    .join(', ');

export function InvitationCode(props: {
  invitation: NewInvitation;
  className: string;
  busy: boolean;
  onNewCode: () => void;
  onDone: () => void;
}) {
  const { invitation } = props;
  const address = joinAddress(window.location.origin, invitation.code);
  const qr = useMemo(() => qrSquares(address), [address]);
  const forWhom = invitation.email || 'the teacher you hand it to';
  // The code is what she came for: focus (and VoiceOver) go to it as it appears, and to each new one.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [invitation.id]);
  return (
    <section class="invitation-code" aria-labelledby={`code-${invitation.id}`}>
      <h4 id={`code-${invitation.id}`} ref={heading} tabIndex={-1}>
        Invitation code for {forWhom}, as {ROLE_WORDS[invitation.role].toLowerCase()}
      </h4>
      <div class="code-and-qr">
        <div class="code-words">
          <p class="the-code">
            <span aria-hidden="true" data-testid="invitation-code">
              {invitation.code}
            </span>
            <span class="visually-hidden">The code: {spelled(invitation.code)}</span>
          </p>
          <p>
            She types it on her first screen (or Classes → <em>Join a shared class with a code</em>), or scans
            the QR code with her iPad’s camera: it opens this app with the code filled in.
          </p>
          <p>
            Expires <strong>{expiryWords(invitation.expiresAt)}</strong>. Five wrong tries lock it.
          </p>
          {invitation.email && <p>Only the sync account {invitation.email} can accept it.</p>}
          <p class="code-once">
            <strong>This code is shown only now.</strong> The sync server keeps no copy of it: write it down
            or let her scan it before you close this. Lost? <em>New code</em> makes another and the old one
            stops working.
          </p>
        </div>
        <svg
          class="qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={`QR code of the join screen with the code ${spelled(invitation.code)}`}
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      </div>
      <p class="row-actions">
        <button type="button" disabled={props.busy} onClick={props.onNewCode}>
          New code
        </button>
        <button type="button" class="primary" onClick={props.onDone}>
          Done: she has the code
        </button>
      </p>
    </section>
  );
}
