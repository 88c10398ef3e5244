// Whole steps of a journey that several tests start from, done through the UI as the person would.
import type { Page } from "@playwright/test";
import { expect, login, newApplicant, registerApplicant } from "./fixtures";
import { pdfBytes, pngBytes } from "./files";

const MIDWIFE_DOCUMENTS = [
  "Surat rekomendasi Dinas Kesehatan Kota",
  "Surat Tanda Registrasi (STR) yang masih berlaku",
  "KTP elektronik pemohon",
  "Ijazah pendidikan kebidanan",
  "Surat keterangan sehat dari dokter yang memiliki SIP",
  "Surat pernyataan memiliki tempat praktik",
];

async function fillAddress(page: Page, group: string, street: string) {
  const g = page.getByRole("group", { name: group });
  await g.getByLabel("Jalan, nomor, RT/RW").fill(street);
  await g.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
  await g.getByLabel("Kabupaten/kota").fill("Kota Bandung");
  await g.getByLabel("Kecamatan").fill("Coblong");
}

async function upload(page: Page, document: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const item = page.getByRole("listitem").filter({ hasText: document });
  await item.locator("input[type=file]").setInputFiles(file);
  await item.getByRole("button", { name: /Unggah|Ganti berkas/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("sudah diunggah");
}

/** A new applicant registers and submits a complete midwife practice permit application. */
export async function submitMidwifeApplication(page: Page) {
  const applicant = await registerApplicant(page, newApplicant());
  await login(page, applicant.email, applicant.password);
  await expect(page).toHaveURL(/\/applicant$/);
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
}

export { upload };

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
  const applicant = await registerApplicant(page, newApplicant());
  await login(page, applicant.email, applicant.password);
  await expect(page).toHaveURL(/\/applicant$/);
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
}

/** A front office officer finds a file in the queue by its number and opens its completeness check. */
export async function openForVerification(officer: Page, number: string) {
  await officer.getByLabel("Cari nomor registrasi atau nama pemohon", { exact: true }).fill(number);
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await officer.getByRole("link", { name: `Buka berkas ${number}` }).click();
  await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();
}

/** The officer finds every field and document in order and accepts the file as complete. */
export async function acceptComplete(officer: Page, number: string) {
  await openForVerification(officer, number);
  for (const radio of await officer.getByRole("radio", { name: "Sesuai" }).all()) await radio.check();
  await officer.getByRole("button", { name: "Terima berkas lengkap" }).click();
  await expect(officer.getByRole("main").getByRole("status")).toContainText("Berkas diterima lengkap");
}
