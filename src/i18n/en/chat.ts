/** Interface strings (English): an online-shop chat in the role-play player, and its label in the index. */
import type { chat as zh } from '../zh/chat.ts';

export const chat: Record<keyof typeof zh, string> = {
  'chat.label': 'Online shop · chat',
  'chat.settings': 'Chat settings',
  'chat.settingsLocked': 'This chat has started; new settings apply from “Try again”.',
  'chat.start': 'Start the chat',
  'chat.order': 'Order details',
  'chat.orderNumber': 'Order no.',
  'chat.price': 'Paid',
  'chat.status': 'Status',
  'chat.placedOn': 'Placed on',
  'chat.replies': 'Quick replies',
  'chat.composer': 'Tap a quick reply to send it',
  'chat.typing': 'The customer is typing',
  'chat.ending': 'The chat is over',
  'chat.thread': 'Chat history',
};
