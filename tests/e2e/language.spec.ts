// Switching the interface language from the header: for visitors (a cookie) and for signed-in
// people (remembered on the account).
import type { Page } from "@playwright/test";
import { expect, fillRegistration, login, logout, newApplicant, registerApplicant, snapshot, test } from "./fixtures";

async function switchTo(page: Page, language: "English" | "Bahasa Indonesia") {
  const button = page.getByRole("banner").getByRole("button", { name: language, exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

test("a visitor switches to English, it stays through navigation and a reload, and switches back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const english = page.getByRole("banner").getByRole("button", { name: "English", exact: true });
  // What sighted people see is "EN"; what a screen reader says is "English".
  await expect(english.locator('[aria-hidden="true"]')).toHaveText("EN");
  await expect(english).toHaveAttribute("aria-pressed", "false");

  await switchTo(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get your permits in one place");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await snapshot(page, "home-en");

  await page.getByRole("banner").getByRole("link", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
  await expect(page.getByLabel("E-mail address")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await snapshot(page, "login-en");

  await page.getByRole("banner").getByRole("link", { name: "Register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as an applicant");
  await expect(page.getByLabel("NIK (national identity number)")).toBeVisible();
  await snapshot(page, "register-en");
  // Right after a client-side navigation the switch returns to the page now shown, not the first one.
  await switchTo(page, "Bahasa Indonesia");
  await expect(page).toHaveURL(/\/register$/);
  await switchTo(page, "English");
  await expect(page).toHaveURL(/\/register$/);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as an applicant");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/Register as an applicant/);

  // Back to Indonesian, on the same page.
  await switchTo(page, "Bahasa Indonesia");
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar sebagai pemohon");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urus izin di satu tempat");
});

test("validation errors appear in English when English is chosen", async ({ page }) => {
  await page.goto("/register");
  await switchTo(page, "English");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register as an applicant");

  await fillRegistration(page, { fullName: "Al", nik: "3171014107850000", email: "not-an-address", phone: "12345", password: "onlyletters", passwordConfirm: "" });
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("There is a problem");
  await expect(summary.getByRole("link")).toHaveCount(6);
  for (const message of [
    "The name must have at least 3 letters.",
    "The serial number in the NIK (last 4 digits) is not valid.",
    "Enter a valid e-mail address, like name@example.com.",
    "Enter an Indonesian mobile number, like 0812 3456 7890.",
    "The password must contain letters and numbers.",
    "This field is required.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await expect(page.getByRole("main").locator("#email-error")).toHaveText("Enter a valid e-mail address, like name@example.com.");
  await snapshot(page, "register-errors-en");

  // The log-in page's own messages too.
  await login(page, "nobody@uji.contoh.id", "SalahSandi123");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The e-mail address or password is wrong.");
  await snapshot(page, "login-wrong-password-en");
});

test("a signed-in person's language is remembered on their account", async ({ page, loginAs }) => {
  const applicant = await registerApplicant(page, newApplicant());
  await loginAs(applicant);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");

  await switchTo(page, "English");
  await expect(page).toHaveURL(/\/applicant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applicant home");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await snapshot(page, "applicant-home-en");

  // Another day, another browser: no cookie, but the account remembers English.
  await logout(page);
  await page.context().clearCookies();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk");
  await loginAs(applicant);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applicant home");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // And back to Indonesian, remembered the same way.
  await switchTo(page, "Bahasa Indonesia");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");
  await logout(page);
  await page.context().clearCookies();
  await loginAs(applicant);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});
