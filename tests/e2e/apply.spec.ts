// The applicant's journey for a midwife practice permit: find it, fill the form, upload real files,
// save, leave and come back, submit, keep the receipt, and follow it on the public tracking page.
import { expect, newApplicant, registerApplicant, snapshot, submitLogin, test } from "./fixtures";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { pdfBytes, pngBytes } from "./files";
import { fillAddress, upload } from "./journeys";

test("an applicant applies for a midwife practice permit, resumes the draft, submits and tracks it", async ({ page, loginAs }) => {
  const applicant = await registerApplicant(page, newApplicant({ fullName: "Siti Aminah, A.Md.Keb.", password: "BidanSehat2026" }));

  await test.step("The applicant logs in, finds the permit in the catalogue and starts, with her name filled in", async () => {
    await loginAs(applicant);
    await expect(page.getByRole("heading", { name: "Beranda pemohon" })).toBeVisible();
    await page.getByRole("link", { name: "Ajukan permohonan baru" }).click();
    await page.getByLabel("Cari nama izin").fill("bidan");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.getByRole("link", { name: "Surat Izin Praktik Bidan" }).click();
    await expect(page.getByRole("heading", { name: "Persyaratan dokumen" })).toBeVisible();
    await page.getByRole("button", { name: "Ajukan permohonan" }).first().click();
    await expect(page.getByRole("heading", { name: "Surat Izin Praktik Bidan" })).toBeVisible();
    await expect(page.getByLabel("Nama lengkap dan gelar")).toHaveValue("Siti Aminah, A.Md.Keb.");
  });

  await test.step("The applicant saves part of the form as a draft", async () => {
    await page.getByLabel("Tempat lahir").fill("Bandung");
    await page.getByLabel("Nomor STR").fill("1234567890123456");
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect(page.getByRole("main").getByText("Draf tersimpan.")).toBeVisible();
    await snapshot(page, "apply-form-saved");
  });

  await test.step("The applicant logs out, comes back and finds the draft with what was saved", async () => {
    await page.getByRole("button", { name: "Keluar" }).click();
    await loginAs(applicant);
    await page.getByRole("link", { name: /Lanjutkan: Surat Izin Praktik Bidan/ }).click();
    await expect(page.getByLabel("Tempat lahir")).toHaveValue("Bandung");
  });

  await test.step("Applying again from the catalogue offers the draft she started, not another empty one", async () => {
    await page.goto("/permits/SIP-BIDAN");
    await expect(page.getByText("Anda sudah memulai permohonan izin ini").first()).toBeVisible();
    await snapshot(page, "apply-draft-exists");
    await page.getByRole("link", { name: "Lanjutkan draf" }).first().click();
    await expect(page.getByLabel("Tempat lahir")).toHaveValue("Bandung");
    await page.goto("/applicant");
    await expect(page.getByRole("link", { name: /Lanjutkan: Surat Izin Praktik Bidan/ })).toHaveCount(1);
    await page.getByRole("link", { name: /Lanjutkan: Surat Izin Praktik Bidan/ }).click();
  });

  await test.step("Going on to the documents with required fields empty keeps her on the form, naming each", async () => {
    await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(page).toHaveURL(/\/edit$/);
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toContainText("Lengkapi kolom wajib");
    await expect(summary.getByRole("link", { name: "Tanggal lahir: Wajib diisi." })).toBeVisible();
    await expect(page.getByLabel("Tempat lahir")).toHaveValue("Bandung");
  });

  await test.step("The applicant fills in the rest of the form", async () => {
    await page.getByLabel("Tanggal lahir").fill("1992-03-15");
    await fillAddress(page, "Alamat tempat tinggal", "Jl. Melati No. 7 RT 02/RW 05");
    await page.getByLabel("Kualifikasi pendidikan").selectOption({ index: 1 });
    await page.getByLabel("SIP yang dimohon").selectOption({ index: 1 });
    await page.getByLabel("Jenis tempat praktik").selectOption({ index: 1 });
    await page.getByLabel("Nama tempat praktik").fill("Tempat Praktik Mandiri Bidan Siti Aminah");
    await fillAddress(page, "Alamat tempat praktik", "Jl. Dago No. 12");
    await page.getByLabel("Jadwal praktik").fill("Senin–Jumat 16.00–20.00 WIB");
    await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(page).toHaveURL(/\/documents$/);
  });

  await test.step("The applicant uploads every document; a fake PDF and an oversized photo are refused", async () => {
    // A text file named .pdf is refused for what it is; the rest of the draft stays.
    const first = page.getByRole("listitem").filter({ hasText: "Surat rekomendasi Dinas Kesehatan Kota" });
    await first.locator("input[type=file]").setInputFiles({ name: "rekomendasi.pdf", mimeType: "application/pdf", buffer: Buffer.from("bukan pdf\n".repeat(50)) });
    await first.getByRole("button", { name: "Unggah" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Isi berkas bukan PDF");
    await snapshot(page, "apply-upload-refused");

    // Upload every required document as a real file.
    for (const name of [
      "Surat rekomendasi Dinas Kesehatan Kota",
      "Surat Tanda Registrasi (STR) yang masih berlaku",
      "KTP elektronik pemohon",
      "Ijazah pendidikan kebidanan",
      "Surat keterangan sehat dari dokter yang memiliki SIP",
      "Surat pernyataan memiliki tempat praktik",
    ]) {
      await upload(page, name, { name: `${name.slice(0, 20)}.pdf`, mimeType: "application/pdf", buffer: pdfBytes(name) });
    }
    const photo = page.getByRole("listitem").filter({ hasText: "Pas foto berwarna" });
    // Over the 2 MB limit: refused with the limit named, and nothing is stored.
    const big = Buffer.concat([pngBytes(), Buffer.alloc(2.5 * 1024 * 1024, 7)]);
    await photo.locator("input[type=file]").setInputFiles({ name: "foto-besar.png", mimeType: "image/png", buffer: big });
    await photo.getByRole("button", { name: "Unggah" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Berkas terlalu besar. Ukuran paling besar 2 MB.");
    await expect(photo.getByText("Belum diunggah")).toBeVisible();
    await upload(page, "Pas foto berwarna", { name: "foto.png", mimeType: "image/png", buffer: pngBytes() });
    await snapshot(page, "apply-documents");
  });

  const { number, token } = await test.step("The applicant checks the answers, submits and gets a receipt", async () => {
    await page.getByRole("link", { name: "Lanjut ke pemeriksaan" }).click();
    await expect(page.getByRole("heading", { name: "Periksa jawaban Anda sebelum mengajukan" })).toBeVisible();
    await expect(page.getByText("Jl. Dago No. 12, Coblong, Kota Bandung, Jawa Barat")).toBeVisible();
    await snapshot(page, "apply-check");
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();

    await expect(page.getByRole("heading", { name: "Permohonan sudah diajukan" })).toBeVisible();
    const number = (await page.getByTestId("registration-number").textContent())!.trim();
    const token = (await page.getByTestId("tracking-token").textContent())!.trim();
    expect(number).toMatch(/^REG-\d{4}-\d{6}$/);
    expect(token).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await snapshot(page, "apply-receipt");
    return { number, token };
  });

  await test.step("The applicant's page shows the stage, who it waits on, the expected date and the timeline", async () => {
    await page.getByRole("link", { name: "Lihat permohonan" }).click();
    await expect(page.getByText("Menunggu petugas front office")).toBeVisible();
    await expect(page.getByText("Perkiraan selesai")).toBeVisible();
    const timeline = page.getByRole("region", { name: "Riwayat" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Riwayat" }) }));
    await expect(timeline.getByText("Permohonan diajukan")).toBeVisible();
    await snapshot(page, "apply-application");
  });

  await test.step("Logged out, anyone tracks it with the right token, and a wrong one is refused", async () => {
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.goto("/track");
    await page.getByLabel("Nomor registrasi").fill(number);
    await page.getByLabel("Token pelacakan").fill("AAAAA-AAAAA");
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("tidak cocok");
    await page.getByLabel("Token pelacakan").fill(token.toLowerCase());
    await page.getByRole("button", { name: "Lacak" }).click();
    await expect(page.getByRole("heading", { name: `Hasil pelacakan: ${number}` })).toBeVisible();
    await expect(page.getByText("Permohonan diajukan")).toBeVisible();
    await expect(page.getByText("Siti Aminah")).toHaveCount(0);
    await snapshot(page, "track-result");
  });
});

test("the catalogue works without an account and looks right on a phone and a desktop", async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/permits");
    await expect(page.getByRole("heading", { name: "Jenis izin", level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await snapshot(page, `catalogue-${width}`);
    await page.goto("/permits/IO-PAUD");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await snapshot(page, `permit-paud-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/permits?category=education");
  await expect(page.getByRole("link", { name: /PAUD/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Surat Izin Praktik Bidan" })).toHaveCount(0);
  // Anonymous visitors are asked to log in to apply, and come back here afterwards.
  await page.goto("/permits/SIP-BIDAN");
  await page.getByRole("link", { name: "Masuk untuk mengajukan" }).first().click();
  await submitLogin(page, "pemohon@contoh.id", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/permits\/SIP-BIDAN$/);
});
