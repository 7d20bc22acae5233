import { defineMessages } from '../types';

/**
 * How a figure was worked out (components/Explanation): the policy library's steps, shown to the
 * resident. `<zh>…</zh>` marks Chinese text (clause keys, document numbers) for screen readers.
 */
export const explanation = defineMessages(
  {
    summary: '计算说明（共 {count, plural, other {# 步}}）',
    illustrative: '示例数字',
    illustrativeNote: '标有“示例数字”的步骤用到了没有找到公布数字的参数，只作演示，实际金额以医保经办机构为准。',
    illustrativeStep: '这一步用到示例数字：{figures}。',
    citation: '依据：<zh>{citation}</zh>《{title}》{number, select, none {} other {（<zh>{number}</zh>）}}',
    citationUnknown: '依据：<zh>{citation}</zh>',
  },
  {
    summary: 'How this was worked out ({count, plural, one {# step} other {# steps}})',
    illustrative: 'Illustrative figure',
    illustrativeNote:
      'Steps marked “Illustrative figure” use a parameter for which no published figure was found: they are for demonstration, and the medical insurance office has the final word on amounts.',
    illustrativeStep: 'This step uses an illustrative figure: {figures}.',
    citation: 'Rule: <zh>{citation}</zh>, {title}{number, select, none {} other { (<zh>{number}</zh>)}}',
    citationUnknown: 'Rule: <zh>{citation}</zh>',
  },
);
