// A permit close to the end of its validity offers a renewal: a new draft filled with the previous
// application's answers, which the applicant checks and continues.
import { expect, login, test } from "./fixtures";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { acceptComplete, submitMidwifeApplication } from "./journeys";

test("an applicant renews a permit that ends within 90 days from its page", async ({ page, newPerson }) => {
  const file = await submitMidwifeApplication(page);

  const officer = await newPerson();
  await login(officer, "front.office@kotacontoh.go.id", DEMO_PASSWORD);
  await acceptComplete(officer, file.number);

  // A short validity: the permit ends in 45 days.
  const until = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  const backOffice = await newPerson();
  await login(backOffice, "back.office@kotacontoh.go.id", DEMO_PASSWORD);
  await backOffice.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await backOffice.getByLabel("Berlaku sampai").fill(until);
  await backOffice.getByRole("button", { name: "Simpan dan teruskan ke Kepala Dinas" }).click();
  await expect(backOffice.getByRole("main").getByRole("status")).toContainText("diteruskan");

  const head = await newPerson();
  await login(head, "kepala@kotacontoh.go.id", DEMO_PASSWORD);
  await head.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await head.getByRole("button", { name: "Setujui dan tandatangani" }).click();
  await expect(head.getByRole("main").getByRole("status")).toContainText("sudah terbit");

  // From the receipt to the application's own page.
  await page.goto(page.url().replace(/\/receipt.*$/, ""));
  const renew = page.getByRole("region", { name: "Ajukan perpanjangan" });
  await expect(renew).toContainText("Izin ini berakhir");
  await renew.getByRole("button", { name: "Ajukan perpanjangan" }).click();
  await expect(page).toHaveURL(/\/applications\/[^/]+\/edit$/);
  expect(page.url()).not.toContain(file.number);
  await expect(page.getByLabel("Tempat lahir")).toHaveValue("Bandung");
  await expect(page.getByLabel("Nomor STR")).toHaveValue("1234567890123456");
});
