// The front office checks a midwife practice permit application: returns it once for a wrong STR
// number, the applicant fixes only that, and the front office accepts it complete.
import { expect, login, snapshot, test } from "./fixtures";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { submitMidwifeApplication, upload } from "./journeys";
import { pngBytes } from "./files";

test("a midwife permit goes from the applicant through the front office (returned once), the back office and the head to issuance", async ({ page, newPerson }) => {
  const file = await submitMidwifeApplication(page);

  const officer = await newPerson();
  await login(officer, "front.office@kotacontoh.go.id", DEMO_PASSWORD);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Antrean verifikasi");
  await officer.getByLabel("Cari nomor registrasi atau nama pemohon").fill(file.number);
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await snapshot(officer, "front-office-queue");
  await officer.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();

  // Everything in order except the STR number and the photo.
  for (const radio of await officer.getByRole("radio", { name: "Sesuai" }).all()) await radio.check();
  await officer.getByRole("radiogroup", { name: "Nomor STR" }).getByRole("radio", { name: "Perlu perbaikan" }).check();
  await officer.getByRole("radiogroup", { name: "Pas foto berwarna terbaru ukuran 4×6" }).getByRole("radio", { name: "Perlu perbaikan" }).check();
  // Returning without a reason is refused with the item named.
  await officer.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await expect(officer.getByRole("main").getByRole("alert")).toContainText("Nomor STR: Tulis alasan untuk yang perlu diperbaiki.");
  await officer.getByLabel("Alasan untuk Nomor STR").fill("Nomor STR tidak sama dengan sertifikat STR yang diunggah.");
  await officer.getByLabel("Alasan untuk Pas foto berwarna terbaru ukuran 4×6").fill("Foto buram; unggah foto yang jelas.");
  await snapshot(officer, "front-office-verification");
  await officer.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
  await expect(officer.getByRole("main").getByRole("status")).toContainText("Berkas dikembalikan kepada pemohon");

  // The applicant sees exactly what to fix and why, and can change only that.
  await page.goto("/applicant");
  await page.getByRole("link", { name: "Surat Izin Praktik Bidan" }).first().click();
  await expect(page.getByRole("heading", { name: "Berkas dikembalikan untuk perbaikan" })).toBeVisible();
  await expect(page.getByText("Nomor STR tidak sama dengan sertifikat STR yang diunggah.")).toBeVisible();
  await snapshot(page, "applicant-returned");
  await page.getByRole("link", { name: "Perbaiki isian" }).click();
  await expect(page.getByLabel("Tempat lahir")).toBeDisabled();
  await page.getByLabel("Nomor STR").fill("STR-3273-2026-000123");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("main").getByText("Draf tersimpan.")).toBeVisible();
  await page.goto(page.url().replace(/\/edit$/, "/documents"));
  await upload(page, "Pas foto berwarna", { name: "foto-baru.png", mimeType: "image/png", buffer: pngBytes(90, 120) });
  await page.getByRole("link", { name: "Lanjut ke pemeriksaan" }).click();
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Perbaikan sudah dikirim");
  await expect(page.getByText("Menunggu petugas front office")).toBeVisible();

  // The officer checks again and accepts: the clock starts and the file moves to the back office.
  await officer.goto("/front-office");
  await officer.getByLabel("Cari nomor registrasi atau nama pemohon").fill(file.number);
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await officer.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();
  // The earlier verdicts are shown again; the officer now finds everything in order.
  await expect(officer.getByLabel("Alasan untuk Nomor STR")).toHaveValue("Nomor STR tidak sama dengan sertifikat STR yang diunggah.");
  for (const radio of await officer.getByRole("radio", { name: "Sesuai" }).all()) await radio.check();
  await officer.getByRole("button", { name: "Terima berkas lengkap" }).click();
  await expect(officer.getByRole("main").getByRole("status")).toContainText("Berkas diterima lengkap");
  await snapshot(officer, "front-office-accepted");

  await page.reload();
  await expect(page.getByText("Menunggu petugas back office")).toBeVisible();
  await expect(page.getByText("Berkas dinyatakan lengkap", { exact: true })).toBeVisible();
  await snapshot(page, "applicant-accepted");

  // The back office prepares the decision: the decree number comes from the permit type's template.
  const backOffice = await newPerson();
  await login(backOffice, "back.office@kotacontoh.go.id", DEMO_PASSWORD);
  await expect(backOffice.getByRole("heading", { level: 1 })).toHaveText("Antrean pemrosesan");
  await backOffice.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(backOffice.getByRole("heading", { name: "Penyusunan keputusan" })).toBeVisible();
  await backOffice.getByLabel("Syarat dan ketentuan").fill("Memasang papan nama praktik.\nMelaporkan perubahan jadwal praktik.");
  await snapshot(backOffice, "back-office-decision");
  await backOffice.getByRole("button", { name: "Simpan dan teruskan ke Kepala Dinas" }).click();
  await expect(backOffice.getByRole("main").getByRole("status")).toContainText(/Keputusan nomor 503\/\d{4}\/SIPB\/DPMPTSP\/[IVX]+\/\d{4} diteruskan/);

  // The head approves and signs.
  const head = await newPerson();
  await login(head, "kepala@kotacontoh.go.id", DEMO_PASSWORD);
  await expect(head.getByRole("heading", { level: 1 })).toHaveText("Antrean persetujuan");
  await expect(head.getByRole("checkbox", { name: `Pilih berkas ${file.number}` })).toBeVisible();
  await snapshot(head, "head-queue");
  await head.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(head.getByText("Melaporkan perubahan jadwal praktik.")).toBeVisible();
  await snapshot(head, "head-approval");
  await head.getByRole("button", { name: "Setujui dan tandatangani" }).click();
  await expect(head.getByRole("main").getByRole("status")).toContainText("sudah terbit");

  // The applicant downloads the permit and its QR code's page shows a valid, active permit.
  await page.reload();
  await expect(page.getByText("Izin terbit").first()).toBeVisible();
  await snapshot(page, "applicant-issued");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh dokumen izin (PDF)" }).click();
  const pdf = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of pdf) chunks.push(c as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe("%PDF-");
  const verifyHref = (await page.getByRole("link", { name: "Halaman verifikasi" }).getAttribute("href"))!;
  const visitor = await newPerson();
  await visitor.goto(verifyHref);
  await expect(visitor.getByRole("main").getByRole("status")).toContainText("Tanda tangan elektronik sah");
  await expect(visitor.getByText("Berlaku", { exact: true })).toBeVisible();
  await expect(visitor.getByText(file.fullName)).toHaveCount(0);
  await snapshot(visitor, "verify-active");
  await visitor.goto("/verify/AAAAAAAAAAAAAA");
  await expect(visitor.getByRole("main").getByRole("alert")).toContainText("Kode ini tidak dikenal");
});

test("a rejection reaches the applicant with its reason and letter", async ({ page, newPerson }) => {
  const file = await submitMidwifeApplication(page);
  const officer = await newPerson();
  await login(officer, "front.office@kotacontoh.go.id", DEMO_PASSWORD);
  await officer.getByLabel("Cari nomor registrasi atau nama pemohon").fill(file.number);
  await officer.getByRole("button", { name: "Terapkan" }).click();
  await officer.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();
  await officer.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(officer.getByRole("main").getByRole("alert")).toContainText("Tulis alasan penolakan.");
  await officer.getByLabel(/Catatan untuk pemohon/).fill("Tempat praktik berada di luar wilayah Kota Contoh.");
  await officer.getByRole("button", { name: "Tolak permohonan" }).click();
  await expect(officer.getByRole("main").getByRole("status")).toContainText("Permohonan ditolak");

  await page.goto("/applicant");
  await page.getByRole("link", { name: "Surat Izin Praktik Bidan" }).first().click();
  await expect(page.getByText("Ditolak").first()).toBeVisible();
  await expect(page.getByText("Tempat praktik berada di luar wilayah Kota Contoh.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Unduh surat penolakan (PDF)" })).toBeVisible();
  await snapshot(page, "applicant-rejected");
});
