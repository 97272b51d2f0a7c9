// What arrives from Slack, turned into what the core reads: plain text without Slack's control sequences.
// Mentions, channel links and broadcasts (<@U…>, <#C…|name>, <!channel>) are dropped or reduced to their label,
// so nothing a person typed can come back as a live mention even if the core ever repeated it.

/** Slack's escaped text (a mention's text, a DM, a slash command's text) as the plain question the person wrote. */
export function fromSlackText(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/<([^<>\n]*)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|', 2) as [string, string | undefined];
      if (target.startsWith('@') || target.startsWith('!')) return ' '; // people, groups, @channel/@here, dates
      if (target.startsWith('#')) return label ? `#${label}` : ' ';
      return label ?? target; // links: their label, or the URL itself
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Slack's direct-message channels start with D; everything else (channels, group DMs) is shared. */
export function isDirectChannel(channelId: string | undefined): boolean {
  return typeof channelId === 'string' && channelId.startsWith('D');
}
