// The administrator imports the KBLI table and the risk rules; a file with bad rows is refused whole.
import { expect, snapshot, test } from "./fixtures";

test("the admin imports KBLI codes, and a rules file with bad rows is refused with each row named", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "KBLI dan aturan risiko" }).click();
  await expect(page.getByText(/kode KBLI tersimpan/)).toBeVisible();

  const kbli = page.getByRole("region", { name: "Tabel KBLI" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Tabel KBLI" }) }));
  await kbli.getByLabel("Berkas CSV").setInputFiles({
    name: "kbli.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('code,title_id,title_en,section\n99902,"Uji Impor, Satu",Import test one,S\n'),
  });
  await kbli.getByRole("button", { name: "Impor" }).click();
  await expect(kbli.getByRole("status")).toContainText("1 baris diimpor.");

  const rules = page.locator("section", { has: page.getByRole("heading", { name: "Aturan risiko" }) });
  await rules.getByLabel("Berkas CSV").setInputFiles({
    name: "aturan.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("kbli,scales,parameter,min,max,level,requirements,legal_basis\n99902,,,,,RENDAH,,PP 5/2021\n00000,,,,,RENDAH,,PP 5/2021\n99902,,,,,TINGGI,,PP 5/2021\n"),
  });
  await rules.getByRole("button", { name: "Impor" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Berkas ditolak; tidak ada yang diubah");
  await expect(alert).toContainText("Baris 3: Kode KBLI 00000 tidak ada di tabel KBLI.");
  await expect(alert).toContainText("Baris 4: Aturan ini tumpang tindih dengan aturan di baris 2");
  await snapshot(page, "admin-risk-refused");
  await expect(page.getByText(/398 aturan tersimpan/)).toBeVisible();

  // The current table downloads in the import format, to edit and import back.
  const download = page.waitForEvent("download");
  await rules.getByRole("link", { name: /Unduh tabel aturan risiko saat ini/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("aturan-risiko.csv");
  const { readFileSync } = await import("node:fs");
  const lines = readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0]).toBe("kbli,scales,parameter,min,max,level,requirements,legal_basis");
  expect(lines).toHaveLength(399);
});
