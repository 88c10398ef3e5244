// A permit close to the end of its validity offers a renewal: a new draft filled with the previous
// application's answers, which the applicant checks and continues.
import { expect, test } from "./fixtures";
import { acceptComplete, approveAndSign, openFile, sendDecisionToHead, submitMidwifeApplication } from "./journeys";

test("an applicant renews a permit that ends within 90 days from its page", async ({ page, loginAs }) => {
  const file = await submitMidwifeApplication(page);
  await acceptComplete(await loginAs("FRONT_OFFICE", { newBrowser: true }), file.number);

  await test.step("The back office gives the permit a short validity, ending in 45 days, and sends it to the head", async () => {
    const until = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
    const backOffice = await loginAs("BACK_OFFICE", { newBrowser: true });
    await openFile(backOffice, file.number);
    await sendDecisionToHead(backOffice, { validUntil: until });
  });

  await test.step("The head approves and signs the permit", async () => {
    const head = await loginAs("HEAD", { newBrowser: true });
    await openFile(head, file.number);
    await approveAndSign(head);
  });

  await test.step("The applicant asks for a renewal and gets a draft with the previous answers", async () => {
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
});
