// A PAUD operating permit goes through the education office's field survey, with a signed BAP,
// before the back office and the head decide.
import { expect, login, snapshot, test } from "./fixtures";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { acceptComplete, submitPaudApplication } from "./journeys";
import { pngBytes } from "./files";

test("a PAUD operating permit is surveyed by the education office before approval", async ({ page, newPerson }) => {
  const file = await submitPaudApplication(page);

  const officer = await newPerson();
  await login(officer, "front.office@kotacontoh.go.id", DEMO_PASSWORD);
  await acceptComplete(officer, file.number);

  // Only the education office sees it in its queue.
  const health = await newPerson();
  await login(health, "dinkes@kotacontoh.go.id", DEMO_PASSWORD);
  await expect(health.getByRole("heading", { level: 1 })).toHaveText("Antrean tim teknis");
  await expect(health.getByRole("link", { name: `Buka berkas ${file.number}` })).toHaveCount(0);

  const team = await newPerson();
  await login(team, "disdik@kotacontoh.go.id", DEMO_PASSWORD);
  await team.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(team.getByRole("heading", { name: "Jadwal survei lapangan" })).toBeVisible();
  await team.getByLabel("Tanggal dan jam survei").fill("2026-12-01T09:00");
  await team.getByLabel("Lokasi survei").fill("Jl. Cempaka No. 3, Coblong, Kota Bandung");
  await team.getByLabel("Anggota tim yang hadir").fill("Dewi Lestari, S.Pd. | Pengawas Sekolah Ahli Muda\nAgus Salim | Penilik PAUD");
  await team.getByRole("button", { name: "Simpan jadwal" }).click();
  await expect(team.getByRole("main").getByRole("status")).toContainText("Jadwal survei tersimpan");

  await team.locator("#photo").setInputFiles({ name: "ruang-kelas.png", mimeType: "image/png", buffer: pngBytes(120, 90) });
  await team.getByRole("button", { name: "Unggah foto" }).click();
  await expect(team.getByText("1 foto terunggah.")).toBeVisible();

  // Recording without choosing anything is refused with each problem named.
  await team.getByRole("button", { name: "Simpan dan tandatangani BAP" }).click();
  await expect(team.getByRole("main").getByRole("alert").first()).toBeVisible();
  for (const group of await team.getByRole("radiogroup").all()) await group.getByRole("radio", { name: "Sesuai", exact: true }).check();
  await team.getByLabel("Temuan").fill("Ruang kegiatan terang dan aman.\nToilet anak tersedia.");
  await team.getByRole("radio", { name: "Disetujui dengan syarat" }).check();
  await team.getByLabel("Syarat", { exact: true }).fill("Memasang pagar pengaman di area bermain.");
  await snapshot(team, "technical-bap");
  await team.getByRole("button", { name: "Simpan dan tandatangani BAP" }).click();
  await expect(team.getByRole("main").getByText(/BAP BAP\/\d+\/DISDIK\/[IVX]+\/\d{4} sudah ditandatangani/)).toBeVisible();

  // The back office sees the recommendation and the BAP, and its conditions carry into the decision.
  const backOffice = await newPerson();
  await login(backOffice, "back.office@kotacontoh.go.id", DEMO_PASSWORD);
  await backOffice.getByRole("link", { name: `Buka berkas ${file.number}` }).click();
  await expect(backOffice.getByText("Rekomendasi tim teknis: Disetujui dengan syarat")).toBeVisible();
  await expect(backOffice.getByRole("link", { name: "Unduh BAP (PDF)" })).toBeVisible();
  await expect(backOffice.getByLabel("Syarat dan ketentuan")).toHaveValue("Memasang pagar pengaman di area bermain.");
  await backOffice.getByRole("button", { name: "Simpan dan teruskan ke Kepala Dinas" }).click();
  await expect(backOffice.getByRole("main").getByText(/diteruskan ke Kepala Dinas/)).toBeVisible();

  // The head approves from the queue, several at once.
  const head = await newPerson();
  await login(head, "kepala@kotacontoh.go.id", DEMO_PASSWORD);
  await head.getByRole("checkbox", { name: `Pilih berkas ${file.number}` }).check();
  await head.getByRole("button", { name: "Setujui yang dipilih" }).click();
  await expect(head.getByRole("main").getByRole("status")).toContainText("1 izin terbit.");

  await page.goto("/applicant");
  await page.getByRole("link", { name: /Izin Operasional/ }).first().click();
  await expect(page.getByRole("link", { name: "Unduh dokumen izin (PDF)" })).toBeVisible();
  await expect(page.getByText("Survei lapangan dijadwalkan")).toBeVisible();
  await snapshot(page, "applicant-paud-issued");
});
