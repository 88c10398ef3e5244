// The front office checks a midwife practice permit application: returns it once for a wrong STR
// number, the applicant fixes only that, and the front office accepts it complete.
import { expect, snapshot, test } from "./fixtures";
import { approveAndSign, openFile, openForVerification, sendDecisionToHead, submitMidwifeApplication, upload } from "./journeys";
import { pngBytes } from "./files";
import { readPdf } from "../support/read-pdf";

test("a midwife permit goes from the applicant through the front office (returned once), the back office and the head to issuance", async ({ page, loginAs, newPerson }) => {
  // The whole life of a permit, to its revocation: longer than one page journey.
  test.slow();
  const file = await submitMidwifeApplication(page);
  const officer = await loginAs("FRONT_OFFICE", { newBrowser: true });

  await test.step("The front office returns the file for a wrong STR number and a blurred photo", async () => {
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Antrean verifikasi");
    await officer.getByLabel("Cari nomor registrasi atau nama pemohon").fill(file.number);
    await officer.getByRole("button", { name: "Terapkan" }).click();
    await snapshot(officer, "front-office-queue");
    await openFile(officer, file.number);
    await expect(officer.getByRole("heading", { name: "Pemeriksaan kelengkapan" })).toBeVisible();

    // Everything in order except the STR number and the photo: only the exceptions are marked.
    await officer.getByRole("checkbox", { name: /Semua yang tidak saya tandai/ }).check();
    await officer.getByRole("radiogroup", { name: "Nomor STR" }).getByRole("radio", { name: "Perlu perbaikan" }).check();
    await officer.getByRole("radiogroup", { name: "Pas foto berwarna terbaru ukuran 4×6" }).getByRole("radio", { name: "Perlu perbaikan" }).check();
    // Returning without a reason is refused with the item named.
    await officer.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(officer.getByRole("main").getByRole("alert")).toContainText("Nomor STR: Tulis alasan untuk yang perlu diperbaiki.");
    await officer.getByLabel("Alasan untuk Nomor STR").fill("Nomor STR tidak sama dengan sertifikat STR yang diunggah.");
    await officer.getByLabel("Alasan untuk Pas foto berwarna terbaru ukuran 4×6").fill("Foto buram; unggah foto yang jelas.");
    await snapshot(officer, "front-office-verification");
    await officer.getByRole("button", { name: "Kembalikan untuk perbaikan" }).click();
    await expect(officer.getByRole("main").getByRole("status").filter({ hasText: "Berkas dikembalikan kepada pemohon" })).toBeVisible();
  });

  await test.step("The applicant sees what to fix and why, fixes only that, and sends the file back", async () => {
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
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Perbaikan sudah dikirim" })).toBeVisible();
    await expect(page.getByText("Menunggu petugas front office")).toBeVisible();
  });

  await test.step("The front office checks the file again and accepts it; the applicant sees it with the back office", async () => {
    await officer.goto("/front-office");
    await openForVerification(officer, file.number);
    // The earlier verdicts are shown again; the officer now finds everything in order.
    await expect(officer.getByLabel("Alasan untuk Nomor STR")).toHaveValue("Nomor STR tidak sama dengan sertifikat STR yang diunggah.");
    // What was sent back for fixing is marked, so the officer looks at that first.
    await expect(officer.getByRole("listitem").filter({ hasText: "Nomor STR" }).getByText("Diperbaiki pemohon, periksa lagi")).toBeVisible();
    await expect(officer.getByText("Diperbaiki pemohon, periksa lagi")).toHaveCount(2);
    await officer.getByRole("radiogroup", { name: "Nomor STR" }).getByRole("radio", { name: "Sesuai" }).check();
    await officer.getByRole("radiogroup", { name: "Pas foto berwarna terbaru ukuran 4×6" }).getByRole("radio", { name: "Sesuai" }).check();
    await officer.getByRole("checkbox", { name: /Semua yang tidak saya tandai/ }).check();
    await officer.getByRole("button", { name: "Terima berkas lengkap" }).click();
    await expect(officer.getByRole("main").getByRole("status").filter({ hasText: "Berkas diterima lengkap" })).toBeVisible();
    await snapshot(officer, "front-office-accepted");

    await page.reload();
    await expect(page.getByText("Menunggu petugas back office")).toBeVisible();
    await expect(page.getByText("Berkas dinyatakan lengkap", { exact: true })).toBeVisible();
    await snapshot(page, "applicant-accepted");
  });

  await test.step("The back office prepares the decision, numbered from the permit type's template, for the head", async () => {
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await expect(backOffice.getByRole("heading", { level: 1 })).toHaveText("Antrean pemrosesan");
    await openFile(backOffice, file.number);
    await expect(backOffice.getByRole("heading", { name: "Penyusunan keputusan" })).toBeVisible();
    await backOffice.getByLabel("Syarat dan ketentuan").fill("Memasang papan nama praktik.\nMelaporkan perubahan jadwal praktik.");
    await snapshot(backOffice, "back-office-decision");
    await sendDecisionToHead(backOffice);
    await expect(backOffice.getByRole("main").getByRole("status").filter({ hasText: /Keputusan nomor 503\/\d{4}\/SIPB\/DPMPTSP\/[IVX]+\/\d{4} diteruskan/ })).toBeVisible();
  });

  let head!: Awaited<ReturnType<typeof loginAs>>;
  await test.step("The head approves and signs the permit", async () => {
    head = await loginAs("HEAD", { newBrowser: true });
    await expect(head.getByRole("heading", { level: 1 })).toHaveText("Antrean persetujuan");
    await expect(head.getByRole("checkbox", { name: `Pilih berkas ${file.number}` })).toBeVisible();
    await snapshot(head, "head-queue");
    await openFile(head, file.number);
    await expect(head.getByText("Melaporkan perubahan jadwal praktik.")).toBeVisible();
    await snapshot(head, "head-approval");
    await approveAndSign(head);
  });

  await test.step("The applicant downloads the permit, and its verification page shows it valid and active", async () => {
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
    await expect(visitor.getByRole("main").getByRole("status").filter({ hasText: "Tanda tangan elektronik sah" })).toBeVisible();
    await expect(visitor.getByText("Berlaku", { exact: true })).toBeVisible();
    await expect(visitor.getByText(file.fullName)).toHaveCount(0);
    await snapshot(visitor, "verify-active");
    await visitor.goto("/verify/AAAAAAAAAAAAAA");
    await expect(visitor.getByRole("main").getByRole("alert")).toContainText("Kode ini tidak dikenal");
  });

  await test.step("The head revokes the permit, which needs a reason and a ticked confirmation", async () => {
    const applicationId = new URL(page.url()).pathname.split("/").at(-1)!;
    await head.goto(`/office/files/${applicationId}`);
    await head.locator("summary", { hasText: "Cabut izin" }).click();
    await head.getByLabel("Alasan pencabutan").fill("Tempat praktik tidak lagi memenuhi syarat.");
    // Without the tick the permit is not revoked.
    await head.getByRole("button", { name: "Cabut izin" }).click();
    await expect(head.getByRole("main").getByRole("alert")).toContainText("Centang kotak untuk menyatakan pencabutan.");
    await head.getByLabel(/Saya menyatakan izin ini dicabut/).check();
    await snapshot(head, "head-revoke-confirm");
    await head.getByRole("button", { name: "Cabut izin" }).click();
    await expect(head.getByRole("main").getByRole("status").filter({ hasText: "Izin sudah dicabut." })).toBeVisible();
  });

  await test.step("The holder sees the permit revoked with its day and reason, is told, and the verification page leads with DICABUT", async () => {
    await page.reload();
    await expect(page.getByRole("heading", { name: "Izin dicabut" })).toBeVisible();
    await expect(page.getByText(/^Dicabut pada \d{1,2} \w+ \d{4}: Tempat praktik tidak lagi memenuhi syarat\.$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Unduh dokumen izin (PDF)" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Unduh dokumen izin yang dicabut (PDF, tidak berlaku lagi)" })).toBeVisible();
    await snapshot(page, "applicant-revoked");
    const verifyHref = (await page.getByRole("link", { name: "Halaman verifikasi" }).getAttribute("href"))!;
    const visitor = await newPerson();
    await visitor.goto(verifyHref);
    const standing = visitor.getByRole("main").getByRole("alert");
    await expect(standing).toContainText("DICABUT");
    await expect(standing).toContainText("Alasan pencabutan: Tempat praktik tidak lagi memenuhi syarat.");
    const signature = visitor.getByRole("main").getByRole("status").filter({ hasText: "Tanda tangan elektronik sah" });
    await expect(signature).toBeVisible();
    // The revocation comes first, above the signature check.
    expect((await standing.boundingBox())!.y).toBeLessThan((await signature.boundingBox())!.y);
    await snapshot(visitor, "verify-revoked");
    await page.goto("/notifications");
    await expect(page.getByText(`Izin untuk permohonan ${file.number} dicabut`)).toBeVisible();
  });
});

test("a rejection reaches the applicant with its reason and letter", async ({ page, loginAs }) => {
  const file = await submitMidwifeApplication(page);

  await test.step("The front office rejects the application, which needs a reason", async () => {
    const officer = await loginAs("FRONT_OFFICE", { newBrowser: true });
    await openForVerification(officer, file.number);
    await officer.getByRole("button", { name: "Tolak permohonan" }).click();
    await expect(officer.getByRole("main").getByRole("alert")).toContainText("Tulis alasan penolakan.");
    await officer.getByLabel(/Catatan untuk pemohon/).fill("Tempat praktik berada di luar wilayah Kota Contoh.");
    await officer.getByRole("button", { name: "Tolak permohonan" }).click();
    await expect(officer.getByRole("main").getByRole("status").filter({ hasText: "Permohonan ditolak" })).toBeVisible();
  });

  await test.step("The applicant sees the rejection, its reason and the letter to download", async () => {
    await page.goto("/applicant");
    await page.getByRole("link", { name: "Surat Izin Praktik Bidan" }).first().click();
    await expect(page.getByText("Ditolak").first()).toBeVisible();
    await expect(page.getByText("Tempat praktik berada di luar wilayah Kota Contoh.")).toBeVisible();
    const letterLink = page.getByRole("link", { name: "Unduh surat penolakan (PDF)" });
    await expect(letterLink).toBeVisible();
    await snapshot(page, "applicant-rejected");
    // The letter names the officer who decided and signed on the head's behalf, and offers only what the portal offers.
    const letter = await page.request.get((await letterLink.getAttribute("href"))!);
    const { text } = await readPdf(new Uint8Array(await letter.body()));
    expect(text).toContain("Penolakan ini diputuskan oleh Siti Rahmawati, Petugas front office.");
    expect(text).toContain("a.n. Kepala Dinas Penanaman Modal");
    expect(text).not.toContain("keberatan");
  });
});
