// "tell me about coding", "can you explain the rhia", "info on medical records jobs pls", "give me a rundown of the
// CPC": a request wrapped around the thing asked about. The classifier learned "tell me about..." from small talk
// ("tell me about yourself", "tell me a joke"), so a request about the field's own words is read as the plain
// question it is: "what is coding?".

const FRAME = /^\s*(?:(?:hey|hi|hello|so|ok|okay|pls|please)[\s,!]+)?(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?)?(?:tell me|explain|talk to me|teach me|give me (?:some |more |a bit of )?(?:info|information|details)|info|information|(?:give me |gimme )?(?:a |an )?(?:quick |short |brief |basic )?(?:rundown|run-down|overview|breakdown))(?: a (?:bit|little))?(?: more)? (?:about|on|of|regarding|re)\s+(.+?)\s*[?.!]*\s*(?:pls|please)?\s*$/i;

/** The plain question inside a request about something ("what is coding" for "tell me about coding"), if it is one. */
export function askedInFrame(text: string): string | undefined {
  const subject = FRAME.exec(text)?.[1]?.trim();
  if (!subject || subject.split(/\s+/).length > 8) return undefined;
  return `what is ${subject}`;
}

// "...the CPC keeps coming up everywhere. Can you give me a rundown?": a request for an overview that names nothing,
// closing a message that has named the thing. The classifier reads "give me ..." alone as someone fishing for the
// bot's instructions; it asks what the thing just named is.
const OVERVIEW_REQUEST = /(^|[.!?]\s+)(?:(?:so|ok|okay|pls|please)[\s,]+)?(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(?:give me|gimme|do) (?:a |an )?(?:quick |short |brief |basic )?(?:rundown|run-down|overview|breakdown)(?: (?:please|pls))?\s*[?.!]*\s*$/i;

/** The message with a closing request for an overview asked as "What is it?", if it ends with one after something else. */
export function overviewAsked(text: string): string | undefined {
  const m = OVERVIEW_REQUEST.exec(text);
  if (!m || m.index === 0) return undefined;
  return `${text.slice(0, m.index)}${m[1]}What is it?`;
}
