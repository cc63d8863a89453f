/** The learner's name and student number on /progress: checked as result files require them, kept across visits. */
import { expect, test } from '@playwright/test';
import { zh } from './strings.ts';

test('a student number that is not one is refused with the reason; a good one is saved and kept', async ({ page }) => {
  await page.goto('/progress/');
  const name = page.getByRole('textbox', { name: zh('assignment.name'), exact: true });
  const number = page.getByRole('textbox', { name: zh('assignment.number'), exact: true });
  const save = page.getByRole('button', { name: zh('assignment.saveStudent') });
  await name.fill('张三');
  await number.fill('2023 01');
  await save.click();
  await expect(page.getByText(zh('assignment.studentProblem'))).toBeVisible();
  await number.fill('20230101');
  await save.click();
  await expect(page.getByText(zh('assignment.studentSaved'))).toBeVisible();
  // A name with a control character in it is refused too.
  await name.fill('张\u0007三');
  await save.click();
  await expect(page.getByText(zh('assignment.studentProblem'))).toBeVisible();
  await name.fill('  张三 ');
  await save.click();
  await expect(page.getByText(zh('assignment.studentSaved'))).toBeVisible();
  await page.reload();
  await expect(name).toHaveValue('张三');
  await expect(number).toHaveValue('20230101');
});
