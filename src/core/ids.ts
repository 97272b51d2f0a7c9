import { randomBytes } from 'node:crypto';

/** Short random ids for replies: unguessable enough that one person cannot rate another's answers by accident. */
export function newReplyId(): string {
  return randomBytes(6).toString('base64url');
}
