// Whole steps of a journey that several tests go through, done through the UI as the person would.
// Each is a named test step, so that a failing journey says which of them broke.
import type { Page } from "@playwright/test";
import { expect, newApplicant, registerApplicant, signIn, test, type ApplicantInput } from "./fixtures";
import { pdfBytes, pngBytes } from "./files";

const MIDWIFE_DOCUMENTS = [
  "Surat rekomendasi Dinas Kesehatan Kota",
  "Surat Tanda Registrasi (STR) yang masih berlaku",
  "KTP elektronik pemohon",
  "Ijazah pendidikan kebidanan",
  "Surat keterangan sehat dari dokter yang memiliki SIP",
  "Surat pernyataan memiliki tempat praktik",
];

/** Fills an address group of the application form (street, province, city and district). */
export async function fillAddress(page: Page, group: string, street: string) {
  const g = page.getByRole("group", { name: group });
  await g.getByLabel("Jalan, nomor, RT/RW").fill(street);
  await g.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
  await g.getByLabel("Kabupaten/kota").fill("Kota Bandung");
  await g.getByLabel("Kecamatan").fill("Coblong");
}

/** Uploads a file for one document of the application and waits for it to be taken. */
export async function upload(page: Page, document: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const item = page.getByRole("listitem").filter({ hasText: document });
  await item.locator("input[type=file]").setInputFiles(file);
  await item.getByRole("button", { name: /Unggah|Ganti berkas/ }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "sudah diunggah" })).toBeVisible();
}

/** A new applicant registers and logs in, landing on the applicant home. */
export async function newApplicantLoggedIn(page: Page, input: ApplicantInput = newApplicant()) {
  return test.step("A new applicant registers and logs in", async () => {
    const applicant = await registerApplicant(page, input);
    await signIn(page, applicant);
    await expect(page).toHaveURL(/\/applicant$/);
    return applicant;
  });
}

/** A new applicant registers and submits a complete midwife practice permit application. */
export async function submitMidwifeApplication(page: Page) {
  const applicant = await newApplicantLoggedIn(page);
  return test.step("The applicant fills in and submits a midwife practice permit application", async () => {
    await page.goto("/permits/SIP-BIDAN");
    await page.getByRole("button", { name: "Ajukan permohonan" }).first().click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.getByLabel("Tempat lahir").fill("Bandung");
    await page.getByLabel("Tanggal lahir").fill("1992-03-15");
    await fillAddress(page, "Alamat tempat tinggal", "Jl. Melati No. 7");
    await page.getByLabel("Kualifikasi pendidikan").selectOption({ index: 1 });
    await page.getByLabel("Nomor STR").fill("1234567890123456");
    await page.getByLabel("SIP yang dimohon").selectOption({ index: 1 });
    await page.getByLabel("Jenis tempat praktik").selectOption({ index: 1 });
    await page.getByLabel("Nama tempat praktik").fill("Tempat Praktik Mandiri Bidan");
    await fillAddress(page, "Alamat tempat praktik", "Jl. Dago No. 12");
    await page.getByLabel("Jadwal praktik").fill("Senin–Jumat 16.00–20.00 WIB");
    await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(page).toHaveURL(/\/documents$/);
    for (const name of MIDWIFE_DOCUMENTS) await upload(page, name, { name: "dokumen.pdf", mimeType: "application/pdf", buffer: pdfBytes(name) });
    await upload(page, "Pas foto berwarna", { name: "foto.png", mimeType: "image/png", buffer: pngBytes() });
    await page.getByRole("link", { name: "Lanjut ke pemeriksaan" }).click();
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan sudah diajukan" })).toBeVisible();
    const number = (await page.getByTestId("registration-number").textContent())!.trim();
    const token = (await page.getByTestId("tracking-token").textContent())!.trim();
    return { ...applicant, number, token };
  });
}

const PAUD_DOCUMENTS = [
  "KTP elektronik pemohon",
  "Akta pendirian yayasan",
  "Susunan pengurus",
  "Proposal pendirian",
  "Dokumen kurikulum",
  "Data pendidik dan tenaga kependidikan",
  "Data peserta didik",
  "Data sarana dan prasarana",
  "Bukti penguasaan tanah",
];

/** A new applicant registers and submits a complete PAUD operating permit application. */
export async function submitPaudApplication(page: Page) {
  const applicant = await newApplicantLoggedIn(page);
  return test.step("The applicant fills in and submits a PAUD operating permit application", async () => {
    await page.goto("/permits/IO-PAUD");
    await page.getByRole("button", { name: "Ajukan permohonan" }).first().click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.getByLabel("Nama satuan PAUD").fill("TK Tunas Harapan");
    await page.getByLabel("Bentuk satuan PAUD").selectOption({ label: "Taman kanak-kanak (TK)" });
    await page.getByLabel("Nama yayasan atau penyelenggara").fill("Yayasan Tunas Harapan");
    await fillAddress(page, "Alamat satuan PAUD", "Jl. Cempaka No. 3");
    await page.getByLabel("Luas tanah").fill("450");
    await page.getByLabel("Luas bangunan").fill("220");
    await page.getByLabel("Jumlah peserta didik").fill("48");
    await page.getByLabel("Jumlah rombongan belajar").fill("3");
    await page.getByLabel("Jumlah pendidik").fill("5");
    await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(page).toHaveURL(/\/documents$/);
    for (const name of PAUD_DOCUMENTS) await upload(page, name, { name: "dokumen.pdf", mimeType: "application/pdf", buffer: pdfBytes(name) });
    await upload(page, "Foto gedung", { name: "gedung.png", mimeType: "image/png", buffer: pngBytes() });
    await page.getByRole("link", { name: "Lanjut ke pemeriksaan" }).click();
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan sudah diajukan" })).toBeVisible();
    const number = (await page.getByTestId("registration-number").textContent())!.trim();
    return { ...applicant, number };
  });
}

/** An officer opens a file from their queue by its number. */
export async function openFile(officer: Page, number: string) {
  await officer.getByRole("link", { name: `Buka berkas ${number}` }).click();
}

/** A front office officer finds a file in the queue by its number and opens its completeness check. */
export async function openForVerification(officer: Page, number: string) {
  await officer.getByLabel("Cari nomor registrasi atau nama pemohon", { exact: true }).fill(number);
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await openFile(officer, number);
  await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();
}

/** The officer finds every field and document in order and accepts the file as complete. */
export async function acceptComplete(officer: Page, number: string) {
  await test.step("The front office finds everything in order and accepts the file as complete", async () => {
    await openForVerification(officer, number);
    for (const radio of await officer.getByRole("radio", { name: "Sesuai" }).all()) await radio.check();
    await officer.getByRole("button", { name: "Terima berkas lengkap" }).click();
    await expect(officer.getByRole("main").getByRole("status").filter({ hasText: "Berkas diterima lengkap" })).toBeVisible();
  });
}

/** A day on the demo office's calendar (Asia/Jakarta), `days` from today, as `YYYY-MM-DD`. */
export function officeDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The technical team, on the file's page, schedules the field survey. */
export async function scheduleSurvey(team: Page, survey: { when: string; place: string; members: string[]; reason?: string }) {
  await team.getByLabel("Tanggal dan jam survei", { exact: true }).fill(survey.when);
  await team.getByLabel("Lokasi survei", { exact: true }).fill(survey.place);
  const members = team.getByRole("group", { name: "Anggota tim yang hadir" });
  for (const box of await members.getByRole("checkbox").all()) await box.uncheck();
  for (const name of survey.members) await members.getByRole("checkbox", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ·`) }).check();
  if (survey.reason !== undefined) await team.getByLabel("Alasan penjadwalan ulang", { exact: true }).fill(survey.reason);
  await team.getByRole("button", { name: survey.reason === undefined ? "Simpan jadwal" : "Jadwalkan ulang" }).click();
  await expect(team.getByRole("main").getByRole("status").filter({ hasText: "Jadwal survei tersimpan" })).toBeVisible();
}

/** The technical team fills in the BAP: every checklist item in order, the findings and a recommendation. */
export async function fillInspectionReport(team: Page, report: { visitedAt: string; findings: string; recommendation: "Disetujui" | "Disetujui dengan syarat"; conditions?: string }) {
  await team.getByLabel("Tanggal dan jam kunjungan", { exact: true }).fill(report.visitedAt);
  for (const group of await team.getByRole("radiogroup").all()) await group.getByRole("radio", { name: "Sesuai", exact: true }).check();
  await team.getByLabel("Temuan", { exact: true }).fill(report.findings);
  await team.getByRole("radio", { name: report.recommendation, exact: true }).check();
  if (report.conditions) await team.getByLabel("Syarat", { exact: true }).fill(report.conditions);
}

/** The technical team signs the BAP; its number names the agency. */
export async function signInspectionReport(team: Page, agencyCode: string) {
  await team.getByRole("button", { name: "Simpan dan tandatangani BAP" }).click();
  await expect(team.getByRole("main").getByText(new RegExp(`BAP BAP/\\d+/${agencyCode}/[IVX]+/\\d{4} sudah ditandatangani`))).toBeVisible();
}

/** The back office, on the file's page, saves the decision (with what is given) and sends it to the head. */
export async function sendDecisionToHead(backOffice: Page, decision: { conditions?: string; validUntil?: string } = {}) {
  if (decision.conditions !== undefined) await backOffice.getByLabel("Syarat dan ketentuan").fill(decision.conditions);
  if (decision.validUntil !== undefined) await backOffice.getByLabel("Berlaku sampai").fill(decision.validUntil);
  await backOffice.getByRole("button", { name: "Simpan dan teruskan ke Kepala Dinas" }).click();
  await expect(backOffice.getByRole("main").getByRole("status").filter({ hasText: "diteruskan" })).toBeVisible();
}

/** The head, on the file's page, approves and signs the permit. */
export async function approveAndSign(head: Page) {
  await head.getByRole("button", { name: "Setujui dan tandatangani" }).click();
  await expect(head.getByRole("main").getByRole("status").filter({ hasText: "sudah terbit" })).toBeVisible();
}

/** The head approves one file from the approval queue by ticking it. */
export async function approveFromQueue(head: Page, number: string) {
  await head.getByRole("checkbox", { name: `Pilih berkas ${number}` }).check();
  await head.getByRole("button", { name: "Setujui yang dipilih" }).click();
  await expect(head.getByRole("main").getByRole("status").filter({ hasText: "1 izin terbit." })).toBeVisible();
}
