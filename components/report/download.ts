/** Saves `text` as a file through a Blob and a temporary `<a download>`: no `downloads` permission needed. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
