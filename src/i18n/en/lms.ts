/** Interface strings (English): the launcher a learning platform (LMS) opens. */
export const lms = {
  'lms.title': 'Course item in your learning platform',
  'lms.connecting': 'Connecting to the learning platform…',
  'lms.connected': 'Connected to the learning platform: your progress and scores are reported to it.',
  'lms.noApi':
    'No learning platform (LMS) was found: your progress and scores will not be reported to your teacher, only kept in this browser. You can still study as usual.',
  'lms.badItem': 'This link does not say what to study. Go back to the learning platform and open it again.',
  'lms.frame': 'Course content',
} as const;
