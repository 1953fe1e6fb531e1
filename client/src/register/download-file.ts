// Saves a file in the browser: bytes from the server (base64, as tableFile sends them) become a Blob and are
// downloaded through an <a download> that never enters the page, so nothing inline is needed (CSP).
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The address of a register export (GET /export/…) with its filters as query parameters. */
export function exportHref(
  table: 'needs' | 'invitations' | 'engagements' | 'opportunities',
  format: 'xlsx' | 'csv',
  params: Readonly<Record<string, string | readonly string[] | null | undefined>>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'string') search.set(key, value);
    else if (value.length > 0) search.set(key, value.join(','));
  }
  const query = search.toString();
  return `/export/${table}.${format}${query ? `?${query}` : ''}`;
}
