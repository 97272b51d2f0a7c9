import { randomUUID } from 'node:crypto';

/**
 * Short random ids for replies (48 random bits): unguessable enough that one person cannot rate another's
 * answers by accident. randomUUID draws from a cached entropy pool, so an id costs no system call.
 */
export function newReplyId(): string {
  return randomUUID().replace(/-/g, '').slice(-12);
}
