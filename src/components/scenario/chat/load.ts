/** The chat view's code, loaded once and only for chats: a phone call's page never fetches it. */
let chat: Promise<typeof import('./ChatCall.tsx')> | undefined;
export function loadChatCall(): Promise<typeof import('./ChatCall.tsx')> {
  chat ??= import('./ChatCall.tsx');
  chat.catch(() => (chat = undefined));
  return chat;
}
