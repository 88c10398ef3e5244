// A PAUD operating permit goes through the education office's field survey, with a signed BAP,
// before the back office and the head decide.
import { expect, snapshot, test } from "./fixtures";
import {
  acceptComplete,
  approveFromQueue,
  fillInspectionReport,
  officeDay,
  openFile,
  scheduleSurvey,
  sendDecisionToHead,
  signInspectionReport,
  submitPaudApplication,
} from "./journeys";
import { pngBytes } from "./files";

test("a PAUD operating permit is surveyed by the education office before approval", async ({ page, loginAs }) => {
  const file = await submitPaudApplication(page);
  await acceptComplete(await loginAs("FRONT_OFFICE", { newBrowser: true }), file.number);

  await test.step("The health office does not see the file in its queue", async () => {
    const health = await loginAs("TECHNICAL", { agency: "DINKES", newBrowser: true });
    await expect(health.getByRole("heading", { level: 1 })).toHaveText("Antrean tim teknis");
    await expect(health.getByRole("link", { name: `Buka berkas ${file.number}` })).toHaveCount(0);
  });

  const team = await loginAs("TECHNICAL", { agency: "DISDIK", newBrowser: true });

  await test.step("The education office schedules the field survey and adds a site photo", async () => {
    await openFile(team, file.number);
    await expect(team.getByRole("heading", { name: "Jadwal survei lapangan" })).toBeVisible();
    await scheduleSurvey(team, {
      when: `${officeDay(1)}T09:00`,
      place: "Jl. Cempaka No. 3, Coblong, Kota Bandung",
      members: ["Dewi Lestari, S.Pd.", "Agus Salim, S.Pd."],
    });
    await team.locator("#photo").setInputFiles({ name: "ruang-kelas.png", mimeType: "image/png", buffer: pngBytes(120, 90) });
    await team.getByRole("button", { name: "Unggah foto" }).click();
    await expect(team.getByText("1 foto terunggah.")).toBeVisible();
  });

  await test.step("The BAP of tomorrow's survey cannot be recorded today", async () => {
    await expect(team.getByText(/BAP dapat dicatat mulai .+ 09\.00/)).toBeVisible();
    await fillInspectionReport(team, { visitedAt: `${officeDay(1)}T09:00`, findings: "Belum dikunjungi.", recommendation: "Disetujui" });
    await team.getByRole("button", { name: "Simpan dan tandatangani BAP" }).click();
    await expect(team.getByRole("main").getByText("BAP baru dapat dicatat mulai waktu survei yang dijadwalkan.").first()).toBeVisible();
    await expect(team.getByRole("heading", { name: "Jadwal survei lapangan" })).toBeVisible();
  });

  await test.step("The survey is moved to today with a reason; the BAP is refused while incomplete, then recorded and signed", async () => {
    const again = { when: `${officeDay()}T00:00`, place: "Jl. Cempaka No. 3, Coblong, Kota Bandung", members: ["Dewi Lestari, S.Pd.", "Agus Salim, S.Pd."] };
    // Moving it without a reason is refused.
    await team.getByLabel("Tanggal dan jam survei", { exact: true }).fill(again.when);
    await team.getByRole("button", { name: "Jadwalkan ulang" }).click();
    await expect(team.getByRole("main").getByText("Tulis alasan survei dijadwalkan ulang.").first()).toBeVisible();
    await scheduleSurvey(team, { ...again, reason: "Kepala sekolah meminta kunjungan dimajukan." });
    await expect(team.getByText("Survei lapangan dijadwalkan ulang", { exact: true })).toBeVisible();
    await expect(team.getByText("Kepala sekolah meminta kunjungan dimajukan.")).toBeVisible();
    // Recording without choosing anything is refused with each problem named.
    await team.getByRole("button", { name: "Simpan dan tandatangani BAP" }).click();
    await expect(team.getByRole("main").getByRole("alert").first()).toBeVisible();
    await fillInspectionReport(team, {
      visitedAt: `${officeDay()}T00:00`,
      findings: "Ruang kegiatan terang dan aman.\nToilet anak tersedia.",
      recommendation: "Disetujui dengan syarat",
      conditions: "Memasang pagar pengaman di area bermain.",
    });
    await snapshot(team, "technical-bap");
    await signInspectionReport(team, "DISDIK");
  });

  await test.step("The back office sees the recommendation and the BAP, and sends the decision with its conditions to the head", async () => {
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await openFile(backOffice, file.number);
    await expect(backOffice.getByText("Rekomendasi tim teknis: Disetujui dengan syarat")).toBeVisible();
    await expect(backOffice.getByRole("link", { name: "Unduh BAP (PDF)" })).toBeVisible();
    await expect(backOffice.getByLabel("Syarat dan ketentuan")).toHaveValue("Memasang pagar pengaman di area bermain.");
    await sendDecisionToHead(backOffice);
    await expect(backOffice.getByRole("main").getByText(/diteruskan ke Kepala Dinas/)).toBeVisible();
  });

  await test.step("The head approves the permit from the queue", async () => {
    await approveFromQueue(await loginAs("HEAD", { newBrowser: true }), file.number);
  });

  await test.step("The applicant downloads the permit and sees the survey in the file's history", async () => {
    await page.goto("/applicant");
    await page.getByRole("link", { name: /Izin Operasional/ }).first().click();
    await expect(page.getByRole("link", { name: "Unduh dokumen izin (PDF)" })).toBeVisible();
    await expect(page.getByText("Survei lapangan dijadwalkan", { exact: true })).toBeVisible();
    await expect(page.getByText("Survei lapangan dijadwalkan ulang", { exact: true })).toBeVisible();
    await snapshot(page, "applicant-paud-issued");
  });
});
