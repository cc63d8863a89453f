import { expect, it } from 'vitest';
import { textOffset } from '../../src/cli/bench/html-text.ts';

it("finds a text where the page shows it, not in an island's props before it", () => {
  const html = Buffer.from('<astro-island props="{&quot;say&quot;:&quot;您好，这里是客服&quot;}"><p class="line">您好，这里是客服</p></astro-island>');
  expect(textOffset(html, '您好，这里是客服')).toBe(html.indexOf('<p class="line">') + Buffer.byteLength('<p class="line">'));
});

it('is -1 when the text is only inside tags, or nowhere', () => {
  expect(textOffset(Buffer.from('<meta content="您好"><p>再见</p>'), '您好')).toBe(-1);
  expect(textOffset(Buffer.from('<p>再见</p>'), '您好')).toBe(-1);
});
