// /forget-me: its definition, and that it asks the core to forget only after confirming, privately (ephemeral even when deferred).
import { makeReply } from '../../../../src/contract/index.js';
import * as command from '../../../../adapters/discord/commands/forget-me.js';
import { describePrivateCommand } from '../../../helpers/discord-private-command.js';

describePrivateCommand('forget-me', 'Delete everything I keep about you (asks to confirm first)', command, { name: 'forget', confirmed: false }, () => makeReply({ id: 'r1', kind: 'forget', text: 'Delete everything I keep about you?', personal: true }));
