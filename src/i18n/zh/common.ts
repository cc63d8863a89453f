/** Interface strings (Chinese): what islands say while content loads, when it cannot, and when a save fails. */
export const common = {
  'common.loading': '正在加载……',
  'content.unreachable': '课程内容没能加载，请检查网络连接后重试。',
  'content.missing': '网站上找不到这部分课程内容，它可能已经下线。',
  'content.invalid': '收到的课程内容不完整，请稍后重试。',
  'content.retry': '重试',
  'store.error.not-found': '找不到这条记录，请刷新页面。',
  'store.error.not-active': '这次练习或考试已经结束，不能再修改。',
  'store.error.time-cap': '延长时间已经到上限。',
  'store.error.failed': '浏览器拒绝保存（存储空间可能已满，或正处于无痕模式）。',
} as const;
