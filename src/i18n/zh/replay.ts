/** Interface strings (Chinese): why a recorded role-play could not be replayed, step by step. */
export const replay = {
  'replay.undo-in-test-mode': '第 {step} 步收回了上一步，但考核模式不能收回',
  'replay.nothing-to-take-back': '第 {step} 步要收回上一步，可那时还没有可收回的选择',
  'replay.call-ended': '第 {step} 步记在通话结束（{ending}）之后',
  'replay.wrong-node': '第 {step} 步记在“{node}”这一环节，可回放这时在“{at}”',
  'replay.choice-not-offered': '第 {step} 步选了第 {choice} 个选项，可“{node}”这一环节当时没有这个选项',
  'replay.no-time-limit': '第 {step} 步记为超时，可“{node}”这一环节并不限时',
  'replay.no-reply': '第 {step} 步：“{node}”不接受自由回答',
  'replay.reply-too-long': '第 {step} 步：回答超出“{node}”的字数',
  'replay.reply-marks': '第 {step} 步：评分要素与“{node}”的规则不符',
  'replay.reply-route': '第 {step} 步：去向与“{node}”的规则不符',
} as const;
