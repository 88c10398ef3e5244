// Shared end-to-end fixtures: a page that fails the test on console errors, loginAs (a demo role or any
// account, in this browser or a second person's), a second person's browser (newPerson), and factories
// for applicants that do not exist yet.
import { expect, test as base, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];
export type DemoAgency = "DINKES" | "DISDIK";

export function demoUser(role: DemoRole, agency?: DemoAgency) {
  const user = DEMO_USERS.find((u) => u.role === role && (!agency || ("agency" in u && u.agency === agency)));
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

/** Fills and submits the login form already on screen (keeps a returnTo the page carries). */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel(/^(Alamat e-mail|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
  await page.getByRole("main").getByRole("button", { name: /^(Masuk|Log in)$/ }).click();
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await submitLogin(page, email, password);
}

/** Who logs in: a demo account by its role, or any account by its e-mail and password. */
export type LoginWho = DemoRole | { email: string; password: string };

/**
 * Logs `page` in through the login form and waits until the portal has let the person in. What the
 * loginAs fixture does; for shared journeys that are handed a page.
 */
export async function signIn(page: Page, who: LoginWho, agency?: DemoAgency) {
  const { email, password } = typeof who === "string" ? { email: demoUser(who, agency).email, password: DEMO_PASSWORD } : who;
  await login(page, email, password);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** Logs out from the header and waits for the logged-out login page. */
export async function logout(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: /^(Keluar|Log out)$/ }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1/);
}

let sequence = 0;

/**
 * A new applicant's details, unique within a run and valid by the NIK rules: region 31 71 01
 * (Jakarta Pusat, Gambir), a real birth date (day + 40, a woman) and a serial other than 0000, all
 * derived from Date.now() so that two calls never collide.
 */
export function newApplicant(overrides: Partial<ApplicantInput> = {}): ApplicantInput {
  const n = Date.now() + sequence++;
  const serial = String((n % 9999) + 1).padStart(4, "0");
  const day = (Math.floor(n / 9999) % 28) + 1 + 40;
  const month = (Math.floor(n / (9999 * 28)) % 12) + 1;
  const year = Math.floor(n / (9999 * 28 * 12)) % 100;
  const two = (v: number) => String(v).padStart(2, "0");
  return {
    fullName: `Uji Pemohon ${n}`,
    nik: `317101${two(day)}${two(month)}${two(year)}${serial}`,
    email: `pemohon.${n}@uji.contoh.id`,
    phone: "0812 3456 7890",
    password: "RahasiaKuat2026",
    ...overrides,
  };
}

export interface ApplicantInput {
  fullName: string;
  nik: string;
  email: string;
  phone: string;
  password: string;
  passwordConfirm?: string;
}

/** Register form labels in either language. */
export const REGISTER_LABELS = {
  fullName: /^(Nama lengkap|Full name)$/,
  nik: /^(NIK \(Nomor Induk Kependudukan\)|NIK \(national identity number\))$/,
  email: /^(Alamat e-mail|E-mail address)$/,
  phone: /^(Nomor ponsel|Mobile number)$/,
  password: /^(Kata sandi|Password)$/,
  passwordConfirm: /^(Ulangi kata sandi|Repeat the password)$/,
} as const;

/** Fills the register form on screen and submits it. */
export async function fillRegistration(page: Page, input: ApplicantInput) {
  const main = page.getByRole("main");
  await main.getByLabel(REGISTER_LABELS.fullName).fill(input.fullName);
  await main.getByLabel(REGISTER_LABELS.nik).fill(input.nik);
  await main.getByLabel(REGISTER_LABELS.email).fill(input.email);
  await main.getByLabel(REGISTER_LABELS.phone).fill(input.phone);
  await main.getByLabel(REGISTER_LABELS.password).fill(input.password);
  await main.getByLabel(REGISTER_LABELS.passwordConfirm).fill(input.passwordConfirm ?? input.password);
  await main.getByRole("button", { name: /^(Buat akun|Create account)$/ }).click();
}

/** Registers a new applicant through the form and waits for the login page that follows. */
export async function registerApplicant(page: Page, input: ApplicantInput = newApplicant()) {
  await page.goto("/register");
  await fillRegistration(page, input);
  await expect(page).toHaveURL(/\/login\?registered=1/);
  return input;
}

/** Collects console errors of a page; `allow` lists messages a test expects (e.g. a 404 resource). */
function watchConsole(page: Page, allowed: RegExp[]) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error" || allowed.some((re) => re.test(msg.text()))) return;
    errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

interface Fixtures {
  /** Console errors matching these patterns do not fail the test (the browser logs 4xx documents). */
  allowConsoleErrors: RegExp[];
  /**
   * Logs in as a demo role (a technical team member: of the agency given) or as any account, in the
   * test's browser or, with `newBrowser`, in a second person's own browser; returns that page.
   */
  loginAs: (who: LoginWho, options?: DemoAgency | { agency?: DemoAgency; newBrowser?: boolean }) => Promise<Page>;
  /** Opens a fresh browser (own cookies) for a second person in the same test, watched for console errors. */
  newPerson: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, allowConsoleErrors }, use) => {
    const errors = watchConsole(page, allowConsoleErrors);
    await use(page);
    expect(errors, "the browser console reported errors").toEqual([]);
  },
  loginAs: async ({ page, newPerson }, use) => {
    await use(async (who, options) => {
      const { agency, newBrowser } = typeof options === "string" ? { agency: options, newBrowser: false } : (options ?? {});
      return signIn(newBrowser ? await newPerson() : page, who, agency);
    });
  },
  newPerson: async ({ browser, baseURL, allowConsoleErrors }, use) => {
    const opened: { close: () => Promise<void>; errors: string[] }[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      opened.push({ close: () => context.close(), errors: watchConsole(page, allowConsoleErrors) });
      return page;
    });
    for (const o of opened) await o.close();
    expect(opened.flatMap((o) => o.errors), "the second browser's console reported errors").toEqual([]);
  },
});

export { expect };

export { DEMO_PASSWORD };

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
