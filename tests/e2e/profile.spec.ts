/** The learner's name and student number on /progress: checked as result files require them, kept across visits. */
import { expect, test, type Page } from '@playwright/test';
import { zh } from './strings.ts';

const nameBox = (page: Page) => page.getByRole('textbox', { name: zh('assignment.name'), exact: true });
const numberBox = (page: Page) => page.getByRole('textbox', { name: zh('assignment.number'), exact: true });

/** Fills the form, sends it, and waits for what it says: saved, or the problem. */
async function send(page: Page, name: string, number: string, says: 'assignment.studentSaved' | 'assignment.studentProblem') {
  await nameBox(page).fill(name);
  await numberBox(page).fill(number);
  await page.getByRole('button', { name: zh('assignment.saveStudent') }).click();
  await expect(page.getByRole('status').filter({ hasText: zh(says) })).toBeVisible();
}

test('a student number that is not one, or a name with a control character, is refused; a good pair is saved and kept', async ({ page }) => {
  await page.goto('/progress/');
  await send(page, '张三', '2023 01', 'assignment.studentProblem');
  await send(page, '张三', '20230101', 'assignment.studentSaved');
  await send(page, '张\u0007三', '20230101', 'assignment.studentProblem');
  await send(page, '  张三 ', '20230101', 'assignment.studentSaved');
  await page.reload();
  await expect(nameBox(page)).toHaveValue('张三');
  await expect(numberBox(page)).toHaveValue('20230101');
});
