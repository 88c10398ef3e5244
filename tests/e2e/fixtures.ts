// Shared end-to-end fixtures: a page that fails the test on console errors, and loginAs(role).
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole, agency?: "DINKES" | "DISDIK") {
  const user = DEMO_USERS.find((u) => u.role === role && (!agency || ("agency" in u && u.agency === agency)));
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel(/^(Alamat e-mail|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
  await page.getByRole("main").getByRole("button", { name: /^(Masuk|Log in)$/ }).click();
}

export const test = base.extend<{ loginAs: (role: DemoRole, agency?: "DINKES" | "DISDIK") => Promise<void> }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(page);
    expect(errors, "the browser console reported errors").toEqual([]);
  },
  loginAs: async ({ page }, use) => {
    await use(async (role, agency) => {
      await login(page, demoUser(role, agency).email, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/\/login/);
    });
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
