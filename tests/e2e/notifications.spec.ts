// Nobody has to keep checking: an applicant sees the unread count rise when an officer returns the
// file, opens the notification and lands on the file; the admin sees every mail on the delivery page.
import { expect, snapshot, test } from "./fixtures";
import { openForVerification, submitMidwifeApplication } from "./journeys";

test("the applicant is notified in the portal when the file is returned, and lands on it", async ({ page, loginAs }) => {
  const file = await submitMidwifeApplication(page);
  const header = page.getByRole("banner");

  await test.step("The applicant has one unread notification: the submission", async () => {
    await page.goto("/applicant");
    await expect(header.getByTestId("notifications-link")).toHaveText("Notifikasi (1 belum dibaca)");
  });

  await test.step("The front office returns the file for a wrong STR number, having heard of its arrival", async () => {
    const officer = await loginAs("FRONT_OFFICE", { newBrowser: true });
    await openForVerification(officer, file.number);
    for (const radio of await officer.getByRole("radio", { name: "Sesuai" }).all()) await radio.check();
    await officer.getByRole("radiogroup", { name: "Nomor STR" }).getByRole("radio", { name: "Perlu perbaikan" }).check();
    await officer.getByLabel("Alasan untuk Nomor STR").fill("Nomor STR tidak sama dengan sertifikat yang diunggah.");
    await officer.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(officer.getByRole("main").getByRole("status").filter({ hasText: "Berkas dikembalikan kepada pemohon" })).toBeVisible();
    // The officer heard of the file arriving in the queue.
    await expect(officer.getByRole("banner").getByTestId("notifications-link")).toContainText("belum dibaca");
  });

  await test.step("The applicant opens the new notification and lands on the returned file", async () => {
    await page.reload();
    await expect(header.getByTestId("notifications-link")).toHaveText("Notifikasi (2 belum dibaca)");
    await header.getByTestId("notifications-link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifikasi");
    await snapshot(page, "notification-centre");
    await page.getByRole("link", { name: `Permohonan ${file.number} perlu diperbaiki` }).click();
    await expect(page).toHaveURL(/\/applications\/[^/]+$/);
    await expect(page.getByRole("heading", { name: "Berkas dikembalikan untuk perbaikan" })).toBeVisible();
    await expect(header.getByTestId("notifications-link")).toHaveText("Notifikasi (1 belum dibaca)");
  });

  await test.step("The applicant marks all notifications read", async () => {
    await page.goto("/notifications");
    await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Semua notifikasi sudah ditandai dibaca" })).toBeVisible();
    await expect(header.getByTestId("notifications-link")).toHaveText("Notifikasi");
  });

  await test.step("The admin finds the mail, kept without a mail server, with the reason in it", async () => {
    const admin = await loginAs("ADMIN", { newBrowser: true });
    await admin.getByRole("link", { name: "Pengiriman e-mail" }).click();
    await expect(admin.getByText("Server e-mail (SMTP_URL) belum diatur")).toBeVisible();
    const mail = admin.getByRole("link", { name: `Permohonan ${file.number} perlu diperbaiki` });
    // The server's outbox worker takes it within seconds and, with no server configured, keeps it.
    await expect(async () => {
      await admin.reload();
      await expect(admin.getByRole("row").filter({ has: mail })).toContainText("Disimpan (tanpa SMTP)", { timeout: 1000 });
    }).toPass({ timeout: 45_000 });
    await snapshot(admin, "admin-mail");
    await mail.click();
    await expect(admin.getByRole("main")).toContainText("Nomor STR tidak sama dengan sertifikat yang diunggah.");
  });
});
