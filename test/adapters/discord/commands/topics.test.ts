// /topics: its definition, and that it asks the core for the topic list, privately (ephemeral even when deferred).
import { makeReply } from '../../../../src/contract/index.js';
import * as command from '../../../../adapters/discord/commands/topics.js';
import { describePrivateCommand } from '../../../helpers/discord-private-command.js';

describePrivateCommand('topics', 'Browse what I can answer, by group', command, { name: 'topics' }, () => makeReply({ id: 'r1', kind: 'topics', text: 'Topics I know.' }));
