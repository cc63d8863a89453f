import { describe, expect, it } from 'vitest';
import { pageChange, updateStep } from '../../src/components/update-moment.ts';

describe('when a waiting release takes over', () => {
  it('does nothing while no release is waiting', () => {
    expect(updateStep('notice', { ready: false, busy: false })).toBe('ignore');
    expect(updateStep('link', { ready: false, busy: false })).toBe('ignore');
  });

  it('takes over when the learner asks and nothing is under way', () => {
    expect(updateStep('notice', { ready: true, busy: false })).toBe('apply');
  });

  it('waits when the learner asks during a call or an exam', () => {
    expect(updateStep('notice', { ready: true, busy: true })).toBe('defer');
  });

  it('takes over on the way to another page, even from a busy one: that page is being left', () => {
    expect(updateStep('link', { ready: true, busy: true })).toBe('apply');
    expect(updateStep('link', { ready: true, busy: false })).toBe('apply');
  });
});

describe('which link clicks load another page of the site', () => {
  const from = new URL('https://dojo.example/course/scenarios/price-objection/?mode=test');
  const click = (href: string, more: Partial<Parameters<typeof pageChange>[0]> = {}) =>
    pageChange({ href, target: '', download: false, modified: false, ...more }, from, '/course/');

  it('a page of the site, in this tab', () => {
    expect(click('/course/progress/')?.href).toBe('https://dojo.example/course/progress/');
    expect(click('../../chapters/')?.pathname).toBe('/course/chapters/');
    expect(click('/course/scenarios/price-objection/')?.pathname).toBe('/course/scenarios/price-objection/');
    expect(click('/course/progress/', { target: '_self' })).not.toBeNull();
  });

  it('not another site, a page outside the base path, another tab, a download or a jump within the page', () => {
    expect(click('https://elsewhere.example/course/')).toBeNull();
    expect(click('/other/')).toBeNull();
    expect(click('/course/progress/', { target: '_blank' })).toBeNull();
    expect(click('/course/progress/', { modified: true })).toBeNull();
    expect(click('/course/results.json', { download: true })).toBeNull();
    expect(click('#main')).toBeNull();
    expect(click('?mode=test#transcript')).toBeNull();
  });
});
