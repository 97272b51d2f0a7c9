/**
 * Short random ids for replies (48 random bits): unguessable enough that one person cannot rate another's
 * answers by accident. randomUUID draws from a cached entropy pool, so an id costs no system call. It is the Web
 * Crypto one (a global), which needs none of node:crypto loaded.
 */
export function newReplyId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(-12);
}
