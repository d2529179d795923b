/** MIME types of the exports. */
export const MIME = {
  json: 'application/json', csv: 'text/csv', bvh: 'application/octet-stream', png: 'image/png',
} as const;

/** A file name safe on every OS: letters, digits, dot, dash, underscore; at most 120 chars. */
export function safeFileName(name: string, ext: string): string {
  const base = name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^a-z0-9._-]+/gi, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'coach';
  return `${base}.${ext.replace(/^\./, '')}`;
}

/**
 * Save `data` as a file through a temporary object URL and a clicked `<a download>` (same origin,
 * no request leaves the page). The URL is revoked after the click has been handled.
 */
export function downloadBlob(data: Blob | string, fileName: string, type: string = MIME.json): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
