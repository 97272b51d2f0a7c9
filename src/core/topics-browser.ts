// The browsable list of what ChartPath knows, in the groups of knowledge/types.ts GROUPS.
import { GROUPS, type GroupId, type KnowledgeBase } from '../knowledge/types.js';
import { newReplyId } from '../contract/index.js';
import { makeReply, type Reply, type TopicGroupView } from '../contract/index.js';

export function topicGroups(kb: KnowledgeBase): TopicGroupView[] {
  return (Object.keys(GROUPS) as GroupId[])
    .map((group) => ({
      group,
      title: GROUPS[group],
      topics: kb.intents
        .filter((i) => i.kind === 'topic' && i.group === group)
        .map((i) => ({ id: i.id, title: i.title, ask: i.ask ?? i.title })),
    }))
    .filter((g) => g.topics.length > 0);
}

export function topicsReply(kb: KnowledgeBase): Reply {
  const groups = topicGroups(kb);
  const text = [
    "Here's what I know about. Ask in your own words, or pick a topic.",
    ...groups.map((g) => `**${g.title}:** ${g.topics.map((t) => t.title).join(' · ')}`),
  ].join('\n\n');
  return makeReply({ id: newReplyId(), kind: 'topics', title: 'Topics', text, topics: groups });
}
