// Risk-based business licensing through the UI: a micro low-risk business gets its NIB in one sitting,
// a small enterprise its self-declared Sertifikat Standar, and a medium enterprise's high-risk licence
// goes through the office and the health office's survey to issuance.
import type { Page } from "@playwright/test";
import { expect, snapshot, test } from "./fixtures";
import { pdfBytes } from "./files";
import {
  acceptComplete,
  approveFromQueue,
  fillInspectionReport,
  newApplicantLoggedIn,
  openFile,
  officeDay,
  scheduleSurvey,
  sendDecisionToHead,
  signInspectionReport,
} from "./journeys";

async function newBusinessOwner(page: Page) {
  const applicant = await newApplicantLoggedIn(page);
  await page.getByRole("link", { name: "Perizinan berusaha (NIB)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Usaha saya");
  await page.getByRole("link", { name: "Tambah pelaku usaha" }).click();
  return applicant;
}

async function fillProfile(page: Page, profile: { form: string; name: string; nik?: string; deedNumber?: string; deedDate?: string; npwp?: string; capital: string; investment: string }) {
  const main = page.getByRole("main");
  await main.getByLabel("Bentuk usaha", { exact: true }).selectOption({ label: profile.form });
  await main.getByLabel("Nama pelaku usaha", { exact: true }).fill(profile.name);
  if (profile.nik) await main.getByLabel("NIK", { exact: true }).fill(profile.nik);
  if (profile.deedNumber) await main.getByLabel("Nomor akta pendirian", { exact: true }).fill(profile.deedNumber);
  if (profile.deedDate) await main.getByLabel("Tanggal akta pendirian", { exact: true }).fill(profile.deedDate);
  await main.getByLabel(/^NPWP/).fill(profile.npwp ?? "");
  await main.getByLabel("Alamat", { exact: true }).fill("Jl. Cempaka No. 5, Kelurahan Dago, Kota Contoh");
  await main.getByLabel("Nomor ponsel", { exact: true }).fill("0812 3456 7890");
  await main.getByLabel("Modal usaha (Rp)", { exact: true }).fill(profile.capital);
  await main.getByLabel("Total investasi (Rp)", { exact: true }).fill(profile.investment);
  await main.getByRole("button", { name: "Simpan pelaku usaha" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Pelaku usaha tersimpan" })).toBeVisible();
}

async function addActivity(page: Page, search: string, code: string, extra: Record<string, string> = {}) {
  await page.getByRole("link", { name: "Tambah kegiatan usaha" }).click();
  await page.getByLabel("Cari kode KBLI", { exact: true }).fill(search);
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: new RegExp(`^Pilih: ${code} `) }).click();
  await expect(page.getByText("Kode KBLI yang dipilih")).toBeVisible();
  for (const [label, value] of Object.entries(extra)) await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: "Tambahkan kegiatan" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Kegiatan usaha ditambahkan" })).toBeVisible();
}

test("a micro business with a low-risk activity gets its NIB and certificate in one sitting", async ({ page }) => {
  const owner = await newBusinessOwner(page);

  await test.step("The owner's bad profile input is refused with each problem named, and nothing is saved", async () => {
    const main = page.getByRole("main");
    await main.getByLabel("Nama pelaku usaha", { exact: true }).fill("Ko");
    await main.getByLabel("NIK", { exact: true }).fill("123");
    await main.getByLabel(/^NPWP/).fill("12.345");
    await main.getByLabel("Modal usaha (Rp)", { exact: true }).fill("-5.000.000");
    await main.getByLabel("Total investasi (Rp)", { exact: true }).fill("lima juta");
    await main.getByRole("button", { name: "Simpan pelaku usaha" }).click();
    const summary = main.getByRole("alert").first();
    await expect(summary).toContainText("NPWP harus 15 atau 16 angka.");
    await expect(summary).toContainText("Jumlah tidak boleh negatif.");
    await expect(summary).toContainText("Tulis jumlah rupiah dengan angka saja");
    await expect(summary).toContainText("NIK harus 16 angka.");
    await snapshot(page, "business-profile-errors");
  });

  const activity = page.getByTestId("activity-62019");
  const nib = await test.step("The owner saves the profile, adds a low-risk activity and gets the NIB at once", async () => {
    await fillProfile(page, { form: "Perorangan", name: "Jasa Aplikasi Rina", nik: owner.nik, capital: "150.000.000", investment: "200.000.000" });
    await expect(page.getByText("NIB terbit saat Anda mengajukan kegiatan usaha yang pertama.")).toBeVisible();

    await addActivity(page, "pemrograman komputer", "62019");
    await expect(activity).toContainText("Perkiraan risiko: Rendah");
    await expect(activity).toContainText("Usaha mikro");
    await page.getByRole("button", { name: "Ajukan dan terbitkan NIB" }).click();

    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "NIB Anda sudah terbit" })).toBeVisible();
    const nib = (await page.getByTestId("nib").textContent())!.trim();
    expect(nib).toMatch(/^\d{13}$/);
    await expect(activity).toContainText("Berlaku: NIB sebagai izin usaha");
    await snapshot(page, "business-nib-issued");
    return nib;
  });

  await test.step("The owner downloads the NIB certificate and checks that it is genuine", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh sertifikat NIB (PDF)" }).click();
    expect((await download).suggestedFilename()).toBe(`NIB-${nib}.pdf`);

    await page.getByRole("link", { name: "Periksa keaslian" }).click();
    await expect(page.getByText("Tanda tangan elektronik sah")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Sertifikat Nomor Induk Berusaha (NIB)");
    await expect(page.getByRole("main")).toContainText("Berlaku");
  });

  await test.step("Anyone checks the NIB, and a mistyped digit is caught by the check digit", async () => {
    await page.goto(`/verify/nib?nib=${nib}`);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("NIB ini sah dan terdaftar.");
    await expect(page.getByRole("main")).toContainText("62019");
    // The business's name is public and shown in full; its owner, a person, only masked.
    await expect(page.getByRole("main")).toContainText("Jasa Aplikasi Rina");
    await expect(page.getByRole("main")).toContainText("Pemilik (orang perseorangan)");
    await expect(page.getByRole("main")).not.toContainText(owner.fullName);
    const typo = nib.slice(0, 12) + String((Number(nib[12]) + 1) % 10);
    await page.getByLabel("Nomor Induk Berusaha (NIB)", { exact: true }).fill(typo);
    await page.getByRole("button", { name: "Periksa" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("angka pemeriksanya tidak cocok");
    const api = await page.request.get(`/api/nib/${typo}`);
    expect(api.status()).toBe(400);
    expect(await api.json()).toEqual({ valid: false, reason: "checkDigit" });
    expect((await page.request.get(`/api/nib/${nib}`)).status()).toBe(200);
  });
});

test("a small enterprise declares its medium-low activity, downloads its Sertifikat Standar and fulfils its commitment", async ({ page, loginAs }) => {
  await newBusinessOwner(page);
  const activity = page.getByTestId("activity-10710");

  await test.step("The owner saves a CV's profile and adds a medium-low risk activity", async () => {
    await fillProfile(page, { form: "Persekutuan Komanditer (CV)", name: "CV Roti Enak Sejahtera", deedNumber: "12", deedDate: "2024-03-03", npwp: "01.234.567.8-901.000", capital: "3.000.000.000", investment: "4.500.000.000" });
    await addActivity(page, "roti", "10710");
    await expect(activity).toContainText("Perkiraan risiko: Menengah rendah");
  });

  await test.step("The owner submits with the self-declaration (refused without it) and gets the NIB and the Sertifikat Standar", async () => {
    // Without the self-declaration nothing is submitted.
    await page.getByRole("button", { name: "Ajukan dan terbitkan NIB" }).click();
    await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Centang pernyataan mandiri");
    await expect(page.getByText("NIB terbit saat Anda mengajukan kegiatan usaha yang pertama.")).toBeVisible();

    await page.getByLabel("Saya menyetujui pernyataan mandiri di atas.", { exact: true }).check();
    await page.getByRole("button", { name: "Ajukan dan terbitkan NIB" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "NIB Anda sudah terbit" })).toBeVisible();
    await expect(activity).toContainText("Sertifikat Standar terbit");
    await expect(activity).toContainText("Usaha kecil");
    // The rule names location suitability: a commitment with its deadline.
    await expect(page.getByRole("table", { name: "Komitmen persyaratan dasar" })).toContainText("Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)");
    await snapshot(page, "business-standard-certificate");
  });

  await test.step("The owner downloads the Sertifikat Standar", async () => {
    const download = page.waitForEvent("download");
    await activity.getByRole("link", { name: "Unduh Sertifikat Standar (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Sertifikat-Standar-SS_\d+_DPMPTSP_[IVX]+_\d{4}\.pdf$/);
    const path = await file.path();
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path).subarray(0, 5).toString()).toBe("%PDF-");
  });

  await test.step("The owner sends the KKPR as proof of the commitment (a file that is not a PDF is refused first)", async () => {
    const commitment = page.getByTestId("commitment-KKPR-10710");
    await commitment.getByLabel("Bukti Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) (PDF)").setInputFiles({ name: "kkpr.pdf", mimeType: "application/pdf", buffer: Buffer.from("bukan pdf") });
    await commitment.getByRole("button", { name: "Kirim bukti" }).click();
    await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Isi berkas bukan PDF");
    await page.getByTestId("commitment-KKPR-10710").getByLabel(/^Bukti Kesesuaian/).setInputFiles({ name: "kkpr.pdf", mimeType: "application/pdf", buffer: pdfBytes("KKPR") });
    await page.getByTestId("commitment-KKPR-10710").getByRole("button", { name: "Kirim bukti" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Bukti komitmen terkirim" })).toBeVisible();
    await expect(page.getByTestId("commitment-KKPR-10710")).toContainText("Bukti menunggu pemeriksaan");
  });

  await test.step("The back office accepts the proof (refusing it needs a reason)", async () => {
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await backOffice.getByRole("link", { name: /menunggu tindakan Anda/ }).click();
    await backOffice.getByRole("row").filter({ hasText: "CV Roti Enak Sejahtera" }).getByRole("link").click();
    await expect(backOffice.getByRole("heading", { level: 1 })).toHaveText("Periksa bukti komitmen");
    await backOffice.getByRole("button", { name: "Tolak bukti" }).click();
    await expect(backOffice.getByRole("main").getByRole("alert").first()).toContainText("Tulis alasan bukti ini belum dapat diterima.");
    await snapshot(backOffice, "back-office-check-commitment");
    await backOffice.getByRole("button", { name: "Terima: komitmen terpenuhi" }).click();
    await expect(backOffice.getByRole("main").getByRole("status").filter({ hasText: "Pemeriksaan bukti tersimpan" })).toBeVisible();
  });

  await test.step("The owner sees the commitment fulfilled", async () => {
    await page.reload();
    await expect(page.getByTestId("commitment-KKPR-10710")).toContainText("Terpenuhi");
    await snapshot(page, "business-commitment-fulfilled");
  });
});

test("a medium enterprise's high-risk activity goes through the survey workflow to its licence", async ({ page, loginAs }) => {
  await newBusinessOwner(page);
  const number = await test.step("The owner registers a PT with a high-risk activity, which gets its NIB and a licence file", async () => {
    await fillProfile(page, { form: "Perseroan Terbatas (PT)", name: "PT Sehat Sentosa Medika", deedNumber: "7", deedDate: "2023-08-17", npwp: "3273015501900001", capital: "8.000.000.000", investment: "25.000.000.000" });
    await addActivity(page, "rumah sakit swasta", "86103");
    await expect(page.getByTestId("activity-86103")).toContainText("Perkiraan risiko: Tinggi");
    await page.getByRole("button", { name: "Ajukan dan terbitkan NIB" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "NIB Anda sudah terbit" })).toBeVisible();
    const activity = page.getByTestId("activity-86103");
    await expect(activity).toContainText("Izin dalam proses");
    await expect(activity).toContainText("Menunggu petugas front office");
    const fileLink = activity.getByRole("link", { name: /^Lihat berkas REG-/ });
    const number = (await fileLink.textContent())!.replace("Lihat berkas ", "").trim();
    await fileLink.click();
    await expect(page.getByRole("main")).toContainText("Izin Usaha (risiko tinggi)");
    return number;
  });

  await acceptComplete(await loginAs("FRONT_OFFICE", { newBrowser: true }), number);

  await test.step("The owner sees the file waiting for the health office", async () => {
    await page.goto("/business");
    await page.getByRole("link", { name: "PT Sehat Sentosa Medika" }).click();
    await expect(page.getByTestId("activity-86103")).toContainText("Menunggu verifikasi Dinas Kesehatan");
  });

  await test.step("The health office, the agency of the hospital sector, surveys it and signs the BAP", async () => {
    const team = await loginAs("TECHNICAL", { agency: "DINKES", newBrowser: true });
    await openFile(team, number);
    await scheduleSurvey(team, {
      // From the start of today the report may be recorded at once.
      when: `${officeDay()}T00:00`,
      place: "Jl. Cempaka No. 5, Kelurahan Dago, Kota Contoh",
      members: ["dr. Andi Wijaya"],
    });
    await expect(team.getByRole("button", { name: "Simpan dan tandatangani BAP" })).toBeVisible();
    await fillInspectionReport(team, { visitedAt: `${officeDay()}T00:00`, findings: "Sarana dan prasarana rumah sakit sesuai standar.", recommendation: "Disetujui" });
    await signInspectionReport(team, "DINKES");
  });

  await test.step("The back office sends the decision to the head", async () => {
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await openFile(backOffice, number);
    await sendDecisionToHead(backOffice);
    await expect(backOffice.getByRole("main").getByText(/diteruskan ke Kepala Dinas/)).toBeVisible();
  });

  await test.step("The head approves the licence from the queue", async () => {
    await approveFromQueue(await loginAs("HEAD", { newBrowser: true }), number);
  });

  await test.step("The owner sees the licence issued and can download it", async () => {
    await page.reload();
    const issued = page.getByTestId("activity-86103");
    await expect(issued).toContainText("Izin terbit");
    await expect(issued.getByRole("link", { name: "Unduh izin (PDF)" })).toBeVisible();
    await snapshot(page, "business-licence-issued");
  });
});

test("an activity no risk rule covers waits for the back office, then the business declares it", async ({ page, loginAs }) => {
  const owner = await newBusinessOwner(page);
  const name = `Kerajinan Bambu ${owner.fullName.slice(-6)}`;

  await test.step("The owner submits an activity no risk rule covers, and it waits for the office", async () => {
    await fillProfile(page, { form: "Perorangan", name, nik: owner.nik, capital: "80.000.000", investment: "100.000.000" });
    await addActivity(page, "kerajinan", "32903");
    await expect(page.getByTestId("activity-32903")).toContainText("petugas DPMPTSP akan menetapkan tingkat risikonya");
    await page.getByRole("button", { name: "Ajukan dan terbitkan NIB" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "NIB Anda sudah terbit" })).toBeVisible();
    await expect(page.getByTestId("activity-32903")).toContainText("Penetapan risiko oleh DPMPTSP");
  });

  await test.step("The back office sets the risk level (a high level needs a verifying agency)", async () => {
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await backOffice.getByRole("link", { name: /menunggu tindakan Anda/ }).click();
    await backOffice.getByRole("row").filter({ hasText: name }).getByRole("link").click();
    await expect(backOffice.getByRole("heading", { level: 1 })).toHaveText("Tetapkan tingkat risiko");
    // A high level without a verifying agency is refused.
    await backOffice.getByLabel("OPD pemeriksa").selectOption({ label: "Tidak ada" });
    await backOffice.getByRole("radio", { name: "Tinggi", exact: true }).check();
    await backOffice.getByLabel("Dasar hukum").fill("Rapat teknis DPMPTSP 23 November 2026");
    await backOffice.getByRole("button", { name: "Tetapkan" }).click();
    await expect(backOffice.getByRole("main").getByRole("alert").first()).toContainText("Pilih OPD yang memverifikasi");
    await backOffice.getByRole("radio", { name: "Menengah rendah", exact: true }).check();
    await backOffice.getByRole("checkbox", { name: "Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)" }).check();
    await snapshot(backOffice, "back-office-classify-activity");
    await backOffice.getByRole("button", { name: "Tetapkan" }).click();
    await expect(backOffice.getByRole("main").getByRole("status").filter({ hasText: "Tingkat risiko ditetapkan" })).toBeVisible();
  });

  await test.step("The owner makes the self-declaration and gets the Sertifikat Standar", async () => {
    await page.reload();
    const activity = page.getByTestId("activity-32903");
    await expect(activity).toContainText("Menunggu pernyataan mandiri Anda");
    await activity.getByLabel("Saya menyetujui pernyataan mandiri di atas.").check();
    await activity.getByRole("button", { name: "Setujui dan terbitkan Sertifikat Standar" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Sertifikat Standar sudah terbit" })).toBeVisible();
    await expect(page.getByTestId("activity-32903")).toContainText("Sertifikat Standar terbit");
    await expect(page.getByRole("table", { name: "Komitmen persyaratan dasar" })).toContainText("KKPR");
  });
});
