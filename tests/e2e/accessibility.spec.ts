// Pages work on a small phone (360 px) without sideways scrolling, the skip link works from the
// keyboard, and error pages carry the right HTTP status.
import type { Page } from "@playwright/test";
import { expect, registerApplicant, snapshot, test } from "./fixtures";

const PHONE = { width: 360, height: 740 };

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page is ${scrollWidth}px wide at ${PHONE.width}px`).toBeLessThanOrEqual(PHONE.width);
}

test.describe("at 360 px wide", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(PHONE);
  });

  test("public pages fit the screen", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urus izin di satu tempat");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-home");

    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-login");

    await page.goto("/register");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar sebagai pemohon");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-register");

    // With the error summary and inline errors too.
    await page.getByRole("main").getByRole("button", { name: "Buat akun" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-register-errors");
  });

  test("the applicant home fits the screen", async ({ page, loginAs }) => {
    const applicant = await registerApplicant(page);
    await loginAs(applicant);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-applicant-home");

    // The business pages: the profile form, the KBLI search and the notification centre.
    await page.goto("/business/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftarkan pelaku usaha");
    await page.getByRole("main").getByRole("button", { name: "Simpan pelaku usaha" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifikasi");
    await expectNoHorizontalScroll(page);
    await page.goto("/verify/nib?nib=9100000000017");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Periksa NIB");
    await expectNoHorizontalScroll(page);
  });

  test("the admin's user list fits the screen (the table scrolls inside its own box)", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-admin-home");
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
    await expectNoHorizontalScroll(page);
    await snapshot(page, "mobile-admin-users");
  });
});

test("the skip link is the first Tab stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/login");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten utama" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await snapshot(page, "skip-link-focused");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab stop is inside the main content: the e-mail field of the login form.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Alamat e-mail")).toBeFocused();
});

test.describe("error pages", () => {
  test.use({ allowConsoleErrors: [/status of 404/] });

  test("an unknown address gives the 404 page with status 404", async ({ page }) => {
    const response = await page.goto("/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
    await expect(page.getByText("Kode galat 404")).toBeVisible();
    await expect(page).toHaveTitle(/Portal Perizinan/);
    await snapshot(page, "not-found");
    await page.getByRole("main").getByRole("link", { name: "Ke halaman utama" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urus izin di satu tempat");
  });

  test("an unknown user id in the admin pages gives the 404 page", async ({ page, loginAs }) => {
    await loginAs("ADMIN");
    const response = await page.goto("/admin/users/no-such-user");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  });
});

test("the applicant's application pages and tracking fit a 360 px screen", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await loginAs("APPLICANT");
  await expect(page).toHaveURL(/\/applicant$/);
  await page.goto("/permits/SIP-BIDAN");
  await page.getByRole("button", { name: "Ajukan permohonan" }).first().click();
  await expect(page).toHaveURL(/\/edit$/);
  const fits = async (name: string) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(360);
    await snapshot(page, `mobile-${name}`);
  };
  await fits("application-form");
  await page.goto(page.url().replace(/\/edit$/, "/documents"));
  await fits("application-documents");
  await page.goto(page.url().replace(/\/documents$/, "/check"));
  await fits("application-check");
  await page.goto("/track?number=REG-2026-000001&token=AAAAA-AAAAA");
  await fits("track");
});
