// "tell me about coding", "can you explain the rhia", "info on medical records jobs pls": a request wrapped around the
// thing asked about. The classifier learned "tell me about..." from small talk ("tell me about yourself", "tell me a
// joke"), so a request about the field's own words is read as the plain question it is: "what is coding?".

const FRAME = /^\s*(?:(?:hey|hi|hello|so|ok|okay|pls|please)[\s,!]+)?(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?)?(?:tell me|explain|talk to me|teach me|give me (?:some |more |a bit of )?(?:info|information|details)|info|information)(?: a (?:bit|little))?(?: more)? (?:about|on|regarding|re)\s+(.+?)\s*[?.!]*\s*(?:pls|please)?\s*$/i;

/** The plain question inside a request about something ("what is coding" for "tell me about coding"), if it is one. */
export function askedInFrame(text: string): string | undefined {
  const subject = FRAME.exec(text)?.[1]?.trim();
  if (!subject || subject.split(/\s+/).length > 8) return undefined;
  return `what is ${subject}`;
}
