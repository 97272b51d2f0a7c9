// /help: its definition, and that it asks the core for help, privately (ephemeral even when deferred).
import { makeReply } from '../../../../src/contract/index.js';
import * as command from '../../../../adapters/discord/commands/help.js';
import { describePrivateCommand } from '../../../helpers/discord-private-command.js';

describePrivateCommand('help', 'What I can do, and my commands', command, { name: 'help' }, () => makeReply({ id: 'r1', kind: 'help', text: 'I answer questions about careers.' }));
