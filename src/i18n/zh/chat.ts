/** Interface strings (Chinese): an online-shop chat (网店客服) in the role-play player, and its label in the index. */
export const chat = {
  'chat.label': '网店客服 · 在线聊天',
  'chat.settings': '聊天设置',
  'chat.settingsLocked': '这次聊天已经开始，新设置从“再练一次”起生效。',
  'chat.start': '开始聊天',
  'chat.order': '订单信息',
  'chat.orderNumber': '订单号',
  'chat.price': '实付',
  'chat.status': '状态',
  'chat.placedOn': '下单日期',
  'chat.replies': '快捷回复',
  'chat.composer': '点一条快捷回复即可发送',
  'chat.typing': '客户正在输入',
  'chat.ending': '聊天结束',
  'chat.thread': '聊天记录',
};
