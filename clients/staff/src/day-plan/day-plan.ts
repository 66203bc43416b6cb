/** Pure helpers of the day plan screen, unit-tested without Vue. */

/** The Monday of the week of a day (YYYY-MM-DD), for the week view. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** The day `days` after `date` (YYYY-MM-DD). */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A file the API sent base64-encoded, as a Blob the browser saves. */
export function fileBlob(file: { content: string; mediaType: string }): Blob {
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: file.mediaType });
}

/** Saves a Blob under a name, as a download link would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
