// Hands a file to the teacher: the share sheet on an iPad (save to Files, AirDrop), a download elsewhere.
export async function saveFile(file: File): Promise<'shared' | 'downloaded'> {
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (error) {
      // She closed the share sheet: nothing was saved, say so rather than pretend.
      if (error instanceof Error && error.name === 'AbortError')
        throw new Error('The file was not saved (the share sheet was closed).');
      throw error;
    }
  }
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
