/**
 * The role-play player of an online-shop chat (网店客服): the same player, machine,
 * recorder and debrief as a call, with the chat's views. A page mounts this island for a
 * chat and `ScenarioPlayer` for a call, so a call's page ships none of the chat's code.
 */
import ScenarioPlayer, { type PlayerProps } from '../../ScenarioPlayer.tsx';
import type { Dictionary } from '../../../i18n/translate.ts';
import ChatCall from './ChatCall.tsx';
import { ChatOpening } from './ChatOpening.tsx';

/** The words the shared parts (the settings panel) use, as a chat says them. */
const chatWords = (strings: Dictionary): Dictionary => ({
  ...strings,
  'player.settings': strings['chat.settings'],
  'player.settingsLocked': strings['chat.settingsLocked'],
});

const VIEWS = { Opening: ChatOpening, Call: ChatCall, words: chatWords };

export default function ChatPlayer(props: PlayerProps) {
  return <ScenarioPlayer {...props} views={VIEWS} />;
}
