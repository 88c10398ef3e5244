// An instant permit type (an SPPL registration) is issued at submission, and issued as every permit is:
// a signed PDF with its verification QR, not only a status.
import { expect, snapshot, test } from "./fixtures";
import { pdfBytes } from "./files";
import { fillAddress, newApplicantLoggedIn, upload } from "./journeys";

test("an SPPL registration is issued at submission as a signed document that verifies", async ({ page }) => {
  await newApplicantLoggedIn(page);

  await test.step("The applicant fills in and submits the SPPL registration", async () => {
    await page.goto("/permits/SPPL");
    await page.getByRole("button", { name: "Ajukan permohonan" }).first().click();
    await expect(page).toHaveURL(/\/edit$/);
    await page.getByLabel("Nama penanggung jawab kegiatan").fill("Yayasan Harapan Bangsa");
    await page.getByLabel("Nama kegiatan").fill("Pembangunan gedung serbaguna");
    await page.getByLabel("Uraian singkat kegiatan").fill("Gedung serbaguna dua lantai milik yayasan.");
    await fillAddress(page, "Lokasi kegiatan", "Jl. Kenanga No. 8");
    await page.getByLabel("Luas lahan").fill("600");
    await page.getByRole("button", { name: "Simpan dan lanjutkan" }).click();
    await expect(page).toHaveURL(/\/documents$/);
    for (const name of ["KTP elektronik pemohon", "Formulir SPPL", "Peta lokasi kegiatan"]) {
      await upload(page, name, { name: "dokumen.pdf", mimeType: "application/pdf", buffer: pdfBytes(name) });
    }
    await page.getByRole("link", { name: "Lanjut ke pemeriksaan" }).click();
    await page.getByRole("button", { name: "Ajukan permohonan" }).click();
    await expect(page.getByRole("heading", { name: "Permohonan sudah diajukan" })).toBeVisible();
  });

  await test.step("The registration is issued at once, with its PDF and its verification page", async () => {
    await page.goto("/applicant");
    await page.getByRole("link", { name: "Registrasi SPPL Kegiatan Non-Usaha" }).first().click();
    const download = page.getByRole("link", { name: "Unduh dokumen izin (PDF)" });
    await expect(download).toBeVisible();
    const pdf = await page.request.get((await download.getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await snapshot(page, "applicant-instant-issued");
    await page.getByRole("link", { name: "Halaman verifikasi" }).click();
    await expect(page.getByRole("main")).toContainText("Registrasi SPPL Kegiatan Non-Usaha");
    await expect(page.getByRole("main")).toContainText(/503\/\d{4}\/SPPL\/DPMPTSP/);
    await snapshot(page, "verify-instant");
  });
});
