/**
 * SHA-256 hex of a text's UTF-8 bytes, with the platform's native digest (browsers, workers and
 * Node all have Web Crypto): how Verbatim notices the same transcript imported twice.
 */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
