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
  'store.error.conflict': '这条记录已在另一个标签页或窗口中更新，请刷新页面后再继续。',
  'store.error.quota': '本机存储空间已满，这次没有保存，之前保存的内容都还在。请清理一些空间（删除文件或其他网站的数据）后再试，并先在“我的进度”导出备份。',
  'store.error.failed': '浏览器拒绝保存（可能正处于无痕模式，或存储出了问题）。',
  'store.notKept': '这个浏览器无法打开本机存储（可能是无痕模式），这一页上的学习记录只保存到关闭页面为止，不会留在这台设备上。',
} as const;
