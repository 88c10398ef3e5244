import { expect, snapshot, test } from "./fixtures";

test("the public home page explains the service in Indonesian", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urus izin di satu tempat");
  await snapshot(page, "home-id");
});
