// The office administrator's work: staff accounts (create, change role, deactivate, reactivate),
// the audit log, and the holiday calendar.
import type { Locator, Page } from "@playwright/test";
import { expect, snapshot, submitLogin, test } from "./fixtures";

const ADMIN_NAME = "Agus Prasetyo";

function auditRows(page: Page, userId: string, action: string): Locator {
  return page
    .getByRole("row")
    .filter({ has: page.locator(`a[href="/admin/users/${userId}"]`) })
    .filter({ hasText: action });
}

test("the admin creates a technical team member, changes their role, deactivates and reactivates them", async ({ page, loginAs }) => {
  const n = Date.now();
  const staff = { name: `Teknis Uji ${n}`, email: `teknis.${n}@kotacontoh.go.id`, password: "AwalSandi2026" };
  const main = page.getByRole("main");
  const row = main.getByRole("row").filter({ hasText: staff.email });

  await test.step("The admin opens the list of users", async () => {
    await loginAs("ADMIN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasi");
    await snapshot(page, "admin-home");
    await main.getByRole("link", { name: "Pengguna" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
    await expect(page.getByRole("region", { name: "Pengguna" }).getByRole("row")).not.toHaveCount(0);
    await snapshot(page, "admin-users");
  });

  await test.step("The admin is told that a technical team member needs an agency, and the form keeps what was typed", async () => {
    await main.getByRole("link", { name: "Buat akun petugas" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat akun petugas");
    await snapshot(page, "admin-user-new");
    await main.getByLabel("Nama lengkap").fill(staff.name);
    await main.getByLabel("E-mail").fill(staff.email);
    await main.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Tim teknis" });
    await main.getByLabel("Kata sandi awal").fill(staff.password);
    await main.getByRole("button", { name: "Buat akun petugas" }).click();

    const summary = main.getByRole("alert");
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: "Pilih OPD untuk anggota tim teknis." })).toHaveAttribute("href", "#agencyId");
    await expect(main.locator("#agencyId-error")).toHaveText("Pilih OPD untuk anggota tim teknis.");
    await expect(main.getByRole("combobox", { name: "OPD" })).toHaveAttribute("aria-invalid", "true");
    await expect(main.getByLabel("Nama lengkap")).toHaveValue(staff.name);
    await expect(main.getByLabel("E-mail")).toHaveValue(staff.email);
    await expect(main.getByRole("combobox", { name: "Peran" })).toHaveValue("TECHNICAL");
    await expect(main.getByLabel("Kata sandi awal")).toHaveValue("");
    await snapshot(page, "admin-user-new-agency-error");
  });

  const userId = await test.step("The admin creates the account in the health office, and finds it in the list", async () => {
    await main.getByRole("combobox", { name: "OPD" }).selectOption({ label: "Dinas Kesehatan" });
    await main.getByLabel("Kata sandi awal").fill(staff.password);
    await main.getByRole("button", { name: "Buat akun petugas" }).click();
    await expect(page).toHaveURL(/\/admin\/users\/[^/?]+\?created=1$/);
    const userId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByRole("status")).toContainText(`Akun ${staff.email} sudah dibuat.`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staff.name);
    await snapshot(page, "admin-user-created");

    await main.getByRole("link", { name: "Pengguna" }).click();
    await main.getByRole("searchbox", { name: "Cari nama atau e-mail" }).fill(staff.email);
    await main.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(staff.name);
    await expect(row).toContainText("Tim teknis");
    await expect(row).toContainText("Dinas Kesehatan");
    await expect(row).toContainText("Aktif");
    await expect(row).toContainText("Belum pernah");
    await snapshot(page, "admin-users-search");
    return userId;
  });

  const person = await test.step("The new member logs in on their own computer and sees the health office's queue", async () => {
    const person = await loginAs(staff, { newBrowser: true });
    await expect(person.getByRole("heading", { level: 1 })).toHaveText("Antrean tim teknis");
    await expect(person.getByRole("main")).toContainText("Berkas untuk Dinas Kesehatan");
    return person;
  });

  await test.step("The admin moves them to the back office, which takes effect at once", async () => {
    await row.getByRole("link", { name: `Ubah ${staff.name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staff.name);
    await main.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Petugas back office" });
    await main.getByRole("button", { name: "Simpan peran" }).click();
    await expect(main.getByRole("status")).toContainText("Perubahan sudah disimpan.");
    await expect(main.getByRole("combobox", { name: "Peran" })).toHaveValue("BACK_OFFICE");
    // Only technical team members belong to an agency: the form shows what was saved.
    await expect(main.getByRole("combobox", { name: "OPD" })).toHaveValue("");
    await expect(main.getByRole("definition").filter({ hasText: "Petugas back office" })).toBeVisible();
    await snapshot(page, "admin-user-role-changed");

    await person.getByRole("banner").getByRole("link", { name: "Beranda saya" }).click();
    await expect(person.getByRole("heading", { level: 1 })).toHaveText("Antrean pemrosesan");
  });

  await test.step("The admin deactivates the account: the open session ends and logging in is refused", async () => {
    await main.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect(page).toHaveURL(/\?deactivated=1$/);
    await expect(page.getByRole("status")).toContainText("Akun sudah dinonaktifkan.");
    await expect(main.getByText("Nonaktif", { exact: true })).toBeVisible();
    await snapshot(page, "admin-user-deactivated");

    await person.reload();
    await expect(person).toHaveURL(/\/login\?returnTo=%2Fback-office$/);
    await submitLogin(person, staff.email, staff.password);
    await expect(person.getByRole("main").getByRole("alert")).toContainText(
      "Akun ini dinonaktifkan. Hubungi administrator kantor bila menurut Anda ini keliru.",
    );
    await expect(person).toHaveURL(/\/login/);
    await snapshot(person, "login-deactivated");
  });

  await test.step("The admin reactivates the account: the old session stays ended, a new login works with the new role", async () => {
    await main.getByRole("button", { name: "Aktifkan kembali akun" }).click();
    await expect(page).toHaveURL(/\?reactivated=1$/);
    await expect(page.getByRole("status")).toContainText("Akun sudah diaktifkan kembali.");
    await expect(main.getByText("Aktif", { exact: true })).toBeVisible();
    // The session from before the deactivation stays ended: reactivation does not revive it.
    await person.goto("/back-office");
    await expect(person).toHaveURL(/\/login\?returnTo=%2Fback-office$/);
    const again = await loginAs(staff, { newBrowser: true });
    await expect(again).toHaveURL(/\/back-office$/);
    await expect(again.getByRole("heading", { level: 1 })).toHaveText("Antrean pemrosesan");
  });

  await test.step("The admin reads in the audit log who did what to this account", async () => {
    await page.getByRole("banner").getByRole("link", { name: "Beranda saya" }).click();
    await main.getByRole("link", { name: "Jejak audit" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jejak audit");
    for (const action of ["Pembuatan akun", "Perubahan peran/OPD", "Penonaktifan akun", "Pengaktifan kembali akun"]) {
      const entry = auditRows(page, userId, action);
      await expect(entry, action).toHaveCount(1);
      await expect(entry).toContainText(ADMIN_NAME);
    }
    await expect(auditRows(page, userId, "Pembuatan akun")).toContainText(staff.email);
    await snapshot(page, "admin-audit");
  });
});

test("the admin confirms a holiday and adds a date to the calendar", async ({ page, loginAs }) => {
  const main = page.getByRole("main");
  const form = main.getByRole("region", { name: "Tambah tanggal" });

  await test.step("The admin opens the 2026 calendar and confirms New Year's Day, and only that date", async () => {
    await loginAs("ADMIN");
    await expect(main.getByText(/\d+ tanggal perlu dikonfirmasi\./)).toBeVisible();
    await main.getByRole("link", { name: "Kalender hari libur" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kalender hari libur");

    await page.goto("/admin/holidays?year=2026");
    await expect(main.getByRole("navigation", { name: "Tahun" }).getByText("2026")).toHaveAttribute("aria-current", "page");
    await snapshot(page, "admin-holidays-2026");
    const newYear = main.getByRole("row").filter({ hasText: "Tahun Baru 2026 Masehi" });
    await expect(newYear).toContainText("Kamis, 1 Januari 2026");
    await expect(newYear).toContainText("Perlu konfirmasi");
    await newYear.getByRole("button", { name: "Konfirmasi Kamis, 1 Januari 2026" }).click();
    await expect(newYear).toContainText("Dikonfirmasi");
    await expect(newYear.getByRole("button", { name: /^Konfirmasi/ })).toHaveCount(0);
    // Only that date: the next one still waits.
    await expect(main.getByRole("row").filter({ hasText: "Isra Mikraj" })).toContainText("Perlu konfirmasi");
  });

  await test.step("The admin adds a collective leave day", async () => {
    await form.getByLabel("Tanggal", { exact: true }).fill("2026-12-31");
    await form.getByLabel("Jenis").selectOption({ label: "Cuti bersama" });
    await form.getByLabel("Keterangan (Bahasa Indonesia)").fill("Cuti bersama akhir tahun");
    await form.getByLabel("Keterangan (English)").fill("Year-end collective leave");
    await form.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(form.getByRole("status")).toContainText("Tanggal sudah ditambahkan.");
    const added = main.getByRole("row").filter({ hasText: "Cuti bersama akhir tahun" });
    await expect(added).toContainText("Kamis, 31 Desember 2026");
    await expect(added).toContainText("Cuti bersama");
    await expect(added).toContainText("Dikonfirmasi");
    await snapshot(page, "admin-holidays-added");
  });

  await test.step("The admin is told the same date and kind already exists, and the form keeps what was chosen", async () => {
    await form.getByLabel("Tanggal", { exact: true }).fill("2026-12-31");
    await form.getByLabel("Jenis").selectOption({ label: "Cuti bersama" });
    await form.getByLabel("Keterangan (Bahasa Indonesia)").fill("Cuti bersama akhir tahun (lagi)");
    await form.getByLabel("Keterangan (English)").fill("Year-end collective leave (again)");
    await form.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(form.getByRole("alert").getByRole("link", { name: "Tanggal dengan jenis ini sudah ada." })).toHaveAttribute(
      "href",
      "#date",
    );
    await expect(form.locator("#date-error")).toHaveText("Tanggal dengan jenis ini sudah ada.");
    await expect(form.getByLabel("Tanggal", { exact: true })).toHaveValue("2026-12-31");
    await expect(form.getByLabel("Jenis")).toHaveValue("COLLECTIVE_LEAVE");
    await expect(form.getByLabel("Keterangan (Bahasa Indonesia)")).toHaveValue("Cuti bersama akhir tahun (lagi)");
    await expect(main.getByRole("row").filter({ hasText: "Cuti bersama akhir tahun" })).toHaveCount(1);
    await snapshot(page, "admin-holidays-duplicate");
  });

  await test.step("The audit log records the confirmation and the new date", async () => {
    await page.goto("/admin/audit");
    await expect(main.getByRole("row").filter({ hasText: "Konfirmasi hari libur" }).filter({ hasText: ADMIN_NAME })).not.toHaveCount(0);
    await expect(main.getByRole("row").filter({ hasText: "Penambahan hari libur" }).filter({ hasText: "Cuti bersama akhir tahun" })).toHaveCount(1);
  });

  await test.step("The admin makes Saturday a working day and back, each change recorded", async () => {
    await page.goto("/admin/holidays");
    const saturday = main.getByRole("checkbox", { name: "Sabtu" });
    await expect(saturday).not.toBeChecked();
    await saturday.check();
    await main.getByRole("button", { name: "Simpan hari kerja" }).click();
    await expect(main.getByRole("status")).toContainText("Hari kerja sudah disimpan.");
    await expect(main.getByRole("checkbox", { name: "Sabtu" })).toBeChecked();
    await main.getByRole("checkbox", { name: "Sabtu" }).uncheck();
    await main.getByRole("button", { name: "Simpan hari kerja" }).click();
    await expect(main.getByRole("checkbox", { name: "Sabtu" })).not.toBeChecked();
    await page.goto("/admin/audit");
    await expect(main.getByRole("row").filter({ hasText: "Perubahan hari kerja" })).toHaveCount(2);
  });
});
