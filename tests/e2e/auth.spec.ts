// Registering, logging in and out, lock-out, role homes and page guards, as each person would.
import {
  DEMO_PASSWORD,
  demoUser,
  expect,
  fillRegistration,
  login,
  logout,
  newApplicant,
  REGISTER_LABELS,
  registerApplicant,
  snapshot,
  submitLogin,
  test,
  type DemoRole,
} from "./fixtures";

test.describe("registration", () => {
  test("a visitor registers as an applicant, logs in and lands on the applicant home", async ({ page }) => {
    const applicant = newApplicant();
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Daftar sebagai pemohon" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar sebagai pemohon");
    await snapshot(page, "register-empty");

    await fillRegistration(page, applicant);
    await expect(page).toHaveURL(/\/login\?registered=1/);
    await expect(page.getByRole("status")).toHaveText("Akun Anda sudah dibuat. Silakan masuk.");
    // The new address is already filled in; only the password is needed.
    await expect(page.getByLabel("Alamat e-mail")).toHaveValue(applicant.email);
    await snapshot(page, "login-after-registration");

    await page.getByLabel("Kata sandi").fill(applicant.password);
    await page.getByRole("main").getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/applicant$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");
    await expect(page.getByText(`Selamat datang, ${applicant.fullName}.`)).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(`Masuk sebagai ${applicant.fullName} · Pemohon`);
    await snapshot(page, "applicant-home-new-account");
  });

  test("bad input shows an error summary linked to each field, inline errors, and keeps what was typed", async ({ page }) => {
    await page.goto("/register");
    const main = page.getByRole("main");
    await fillRegistration(page, {
      fullName: "",
      nik: "31710141078",
      email: "rina@contoh",
      phone: "0812 3456 7890",
      password: "pendek1",
      passwordConfirm: "lain",
    });

    const summary = main.getByRole("alert");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("heading")).toHaveText("Ada yang perlu diperbaiki");
    // The summary takes focus so that a screen reader announces it.
    await expect(summary).toBeFocused();
    const expected: [string, string][] = [
      ["fullName", "Wajib diisi."],
      ["nik", "NIK harus 16 angka."],
      ["email", "Masukkan alamat e-mail yang benar, misalnya nama@contoh.id."],
      ["password", "Kata sandi paling sedikit 10 karakter."],
    ];
    const entries = summary.getByRole("link");
    await expect(entries).toHaveCount(expected.length);
    // Each entry names its field, so six "required" messages are never alike.
    await expect(entries.first()).toHaveText("Nama lengkap: Wajib diisi.");
    for (const [field, message] of expected) {
      const entry = summary.getByRole("link", { name: message });
      await expect(entry).toHaveAttribute("href", `#${field}`);
      const input = main.getByLabel(REGISTER_LABELS[field as keyof typeof REGISTER_LABELS]);
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
      await expect(main.locator(`#${field}-error`)).toHaveText(message);
    }
    // What was typed stays, except the passwords.
    await expect(main.getByLabel(REGISTER_LABELS.nik)).toHaveValue("31710141078");
    await expect(main.getByLabel(REGISTER_LABELS.email)).toHaveValue("rina@contoh");
    await expect(main.getByLabel(REGISTER_LABELS.phone)).toHaveValue("0812 3456 7890");
    await expect(main.getByLabel(REGISTER_LABELS.password)).toHaveValue("");
    await expect(main.getByLabel(REGISTER_LABELS.passwordConfirm)).toHaveValue("");
    await snapshot(page, "register-errors");

    // Following an entry of the summary puts the cursor in that field.
    await summary.getByRole("link", { name: "NIK harus 16 angka." }).click();
    await expect(main.getByLabel(REGISTER_LABELS.nik)).toBeFocused();

    // A strong password typed twice differently: the repeat is the problem.
    await fillRegistration(page, { ...newApplicant(), passwordConfirm: "RahasiaKuat2027" });
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: "Kedua kata sandi tidak sama." })).toHaveAttribute("href", "#passwordConfirm");
    await expect(main.locator("#passwordConfirm-error")).toHaveText("Kedua kata sandi tidak sama.");
  });

  test("an e-mail or NIK that is already registered is a field error, not a crash", async ({ page }) => {
    const existing = demoUser("APPLICANT");
    const main = page.getByRole("main");
    await page.goto("/register");

    await fillRegistration(page, newApplicant({ email: existing.email }));
    const summary = main.getByRole("alert");
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: /^Alamat e-mail: E-mail ini sudah terdaftar/ })).toHaveAttribute("href", "#email");
    await expect(main.locator("#email-error")).toHaveText(/^E-mail ini sudah terdaftar/);
    await expect(main.getByLabel(REGISTER_LABELS.email)).toHaveValue(existing.email);
    await snapshot(page, "register-email-taken");

    await fillRegistration(page, newApplicant({ nik: "nik" in existing ? existing.nik : "" }));
    await expect(summary.getByRole("link")).toHaveCount(1);
    await expect(summary.getByRole("link", { name: /^NIK \(Nomor Induk Kependudukan\): NIK ini sudah terdaftar/ })).toHaveAttribute("href", "#nik");
    await expect(main.locator("#nik-error")).toHaveText(/^NIK ini sudah terdaftar/);
    await expect(page).toHaveURL(/\/register$/);
  });
});

test.describe("logging in", () => {
  test("a wrong password is refused and the person stays logged out", async ({ page }) => {
    await login(page, demoUser("APPLICANT").email, "SalahSandi123");
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toContainText("E-mail atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel("Alamat e-mail")).toHaveValue(demoUser("APPLICANT").email);
    await expect(page.getByLabel("Kata sandi")).toHaveValue("");
    await snapshot(page, "login-wrong-password");

    // Still anonymous: the header offers to log in and a protected page sends back to the login page.
    await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
    await page.goto("/applicant");
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fapplicant/);
  });

  test("five wrong passwords lock the account, and then even the right password is refused", async ({ page }) => {
    const applicant = await registerApplicant(page);
    const summary = page.getByRole("main").getByRole("alert");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitLogin(page, applicant.email, `SalahSandi${attempt}00`);
      await expect(summary).toHaveText(/E-mail atau kata sandi salah\./);
      // Wait for the form to be usable again before the next try.
      await expect(page.getByRole("main").getByRole("button", { name: "Masuk" })).toBeEnabled();
    }
    await submitLogin(page, applicant.email, "SalahSandi500");
    const lockMessage = /Akun ini dikunci sementara karena terlalu banyak percobaan masuk yang gagal\. Coba lagi setelah \d{2}[.:]\d{2}/;
    await expect(summary).toHaveText(lockMessage);
    await snapshot(page, "login-locked");

    await submitLogin(page, applicant.email, applicant.password);
    await expect(summary).toHaveText(lockMessage);
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/applicant");
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fapplicant/);
  });

  const ROLE_HOMES: { role: DemoRole; agency?: "DINKES" | "DISDIK"; path: string; heading: string; lead?: RegExp }[] = [
    { role: "APPLICANT", path: "/applicant", heading: "Beranda pemohon" },
    { role: "FRONT_OFFICE", path: "/front-office", heading: "Antrean verifikasi" },
    { role: "BACK_OFFICE", path: "/back-office", heading: "Antrean pemrosesan" },
    { role: "TECHNICAL", agency: "DINKES", path: "/technical", heading: "Antrean tim teknis", lead: /Berkas untuk Dinas Kesehatan/ },
    { role: "TECHNICAL", agency: "DISDIK", path: "/technical", heading: "Antrean tim teknis", lead: /Berkas untuk Dinas Pendidikan/ },
    { role: "HEAD", path: "/head", heading: "Antrean persetujuan" },
    { role: "ADMIN", path: "/admin", heading: "Administrasi" },
  ];

  for (const home of ROLE_HOMES) {
    const label = `${home.role}${home.agency ? ` (${home.agency})` : ""}`;
    test(`${label} logs in, sees their own home page, and logs out`, async ({ page, loginAs }) => {
      await loginAs(home.role, home.agency);
      await expect(page).toHaveURL(new RegExp(`${home.path}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
      const user = demoUser(home.role, home.agency);
      await expect(page.getByRole("banner")).toContainText(`Masuk sebagai ${user.fullName}`);
      if (home.lead) await expect(page.getByRole("main")).toContainText(home.lead);
      await snapshot(page, `home-${home.role.toLowerCase().replace("_", "-")}${home.agency ? `-${home.agency.toLowerCase()}` : ""}`);

      await logout(page);
      await expect(page.getByRole("status")).toHaveText("Anda sudah keluar.");
      await expect(page.getByRole("banner").getByRole("link", { name: "Masuk" })).toBeVisible();
      await page.goto(home.path);
      await expect(page).toHaveURL(/\/login\?returnTo=/);
    });
  }
});

test.describe("page guards", () => {
  test.use({ allowConsoleErrors: [/status of 403/] });

  test("an applicant opening the admin pages gets the 403 page", async ({ page, loginAs }) => {
    await loginAs("APPLICANT");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anda tidak punya akses ke halaman ini");
    await expect(page.getByText("Kode galat 403")).toBeVisible();
    await snapshot(page, "forbidden-admin-users");
    await page.getByRole("main").getByRole("link", { name: "Ke halaman utama" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda pemohon");
  });

  test("an anonymous visitor is sent to log in and brought back to the page they asked for", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fadmin%2Fusers$/);
    await expect(page.getByRole("status")).toHaveText("Silakan masuk untuk melanjutkan.");
    await snapshot(page, "login-return-to");
    await submitLogin(page, demoUser("ADMIN").email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
