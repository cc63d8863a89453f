/** Interface strings (Chinese): the launcher a learning platform (LMS) opens. */
export const lms = {
  'lms.title': '学习平台中的课程',
  'lms.connecting': '正在连接学习平台……',
  'lms.connected': '已连接学习平台，你的进度和成绩会自动报告给它。',
  'lms.noApi': '没有找到学习平台（LMS），这次的进度和成绩不会报告给老师，只保存在这个浏览器里。你仍然可以照常学习。',
  'lms.badItem': '这个链接没有指明要学习的内容，请回到学习平台重新打开。',
  'lms.frame': '课程内容',
} as const;
