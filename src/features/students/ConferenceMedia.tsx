// Under a conference on the student's timeline: its recording (to listen back), its photos, and the way
// to reflect on it.
import type { AttachmentRecord } from '../../data/index.ts';
import { AudioPlayer } from '../../ui/AudioPlayer.tsx';
import { PhotoThumb } from '../../ui/PhotoThumb.tsx';

export function ConferenceMedia(props: {
  conferenceId: string;
  attachments: AttachmentRecord[];
  when: string;
}) {
  const recordings = props.attachments.filter((a) => a.kind === 'audio');
  const photos = props.attachments.filter((a) => a.kind === 'photo');
  return (
    <div class="conference-media">
      {recordings.length > 0 && (
        <AudioPlayer recordings={recordings} label={`Recording of the conference, ${props.when}`} />
      )}
      {photos.length > 0 && (
        <div class="photos">
          {photos.map((p, i) => (
            <PhotoThumb
              key={p.id}
              sha256={p.sha256}
              mime={p.mime}
              label={`Photo ${i + 1} of the writing, ${props.when}`}
            />
          ))}
        </div>
      )}
      <a href={`/reflect/${props.conferenceId}`}>Reflect on this conference</a>
    </div>
  );
}
