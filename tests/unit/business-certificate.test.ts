import type { PDFFont } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  renderBusinessCertificate,
  type BusinessCertificateActivity,
  type BusinessCertificateData,
} from "@/lib/documents/pdf/business-certificate";
import { expectWithinMargins, readPdf, standardFonts } from "../support/read-pdf";

let fonts: Record<string, PDFFont>;
beforeAll(async () => {
  fonts = await standardFonts();
});

// --- Data ------------------------------------------------------------------------------------------

const office = {
  government: "Pemerintah Kota Bandung",
  office: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
  address: "Jl. Cianjur No. 34, Bandung 40271",
  contact: "Telepon (022) 7207213 | dpmptsp@bandung.go.id",
};
const signer = {
  position: "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung",
  name: "Dr. Siti Nurhayati, M.Si.",
  rank: "Pembina Utama Muda (IV/c)",
  nip: "19720415 199803 2 004",
};

const NIB = "9120304152637";

const activities: BusinessCertificateActivity[] = [
  {
    kbli: "56101",
    title: "Restoran",
    location: "Jl. Braga No. 45, Kel. Braga, Kec. Sumur Bandung, Kota Bandung",
    scale: "Usaha Kecil",
    riskLevel: "Rendah",
    status: "NIB",
  },
  {
    kbli: "47111",
    title: "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket/Supermarket/Hypermarket",
    location: "Jl. Braga No. 47, Kota Bandung",
    scale: "Usaha Menengah",
    riskLevel: "Menengah Rendah",
    status: "Sertifikat Standar (menunggu verifikasi)",
  },
  {
    kbli: "55110",
    title: "Hotel Bintang",
    location: "Jl. Asia Afrika No. 8, Kota Bandung",
    scale: "Usaha Besar",
    riskLevel: "Tinggi",
    status: "Izin (dalam proses)",
  },
];

const nibData: BusinessCertificateData = {
  kind: "nib",
  office,
  number: NIB,
  nib: NIB,
  business: {
    name: "CV Maju Jaya",
    form: "Persekutuan Komanditer (CV)",
    address: "Jl. Braga No. 45, Kel. Braga, Kec. Sumur Bandung, Kota Bandung, Jawa Barat 40111",
    npwp: "01.234.567.8-423.000",
    deed: "Akta No. 12 tanggal 3 Maret 2024",
    capital: "Rp 250.000.000",
  },
  activities,
  commitments: [
    { requirement: "Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)", kbli: "47111", due: "2027-05-23" },
    { requirement: "Persetujuan Lingkungan", kbli: "55110", due: "2027-08-01" },
  ],
  issuedAt: "2026-11-24T03:15:00Z",
  issuedPlace: "Bandung",
  signer,
  verificationUrl: "https://perizinan.example.go.id/verifikasi/N8B4X-3RT7Q",
  timeZone: "Asia/Jakarta",
};

const standardData: BusinessCertificateData = {
  ...nibData,
  kind: "standard",
  number: "SS/0042/DPMPTSP/XI/2026",
  business: {
    name: "Siti Aminah",
    form: "Perorangan",
    address: "Jl. Dago No. 10, Kota Bandung",
    nik: "3273015506850002",
    capital: "Rp 75.000.000",
  },
  activities: [activities[1]!],
  commitments: [],
  statement:
    "Saya menyatakan bahwa kegiatan usaha yang saya jalankan telah memenuhi standar usaha sesuai ketentuan " +
    "peraturan perundang-undangan, dan bersedia menerima sanksi apabila pernyataan ini tidak benar.",
  verificationUrl: "https://perizinan.example.go.id/verifikasi/S2C6V-8MW1K",
  timeZone: "Asia/Jakarta",
};

function manyActivities(count: number): BusinessCertificateActivity[] {
  return Array.from({ length: count }, (_, i) => ({
    kbli: String(10000 + i * 137).padStart(5, "0"),
    title: `Kegiatan usaha nomor ${i + 1} di bidang perdagangan eceran dan jasa pendukung`,
    location: `Jl. Sudirman No. ${i + 1}, Kota Bandung`,
    scale: (["Usaha Mikro", "Usaha Kecil", "Usaha Menengah", "Usaha Besar"] as const)[i % 4]!,
    riskLevel: (["Rendah", "Menengah Rendah", "Menengah Tinggi", "Tinggi"] as const)[i % 4]!,
    status: (["NIB", "Sertifikat Standar", "Izin (dalam proses)", "Menunggu penetapan risiko"] as const)[i % 4]!,
  }));
}

// --- Tests -----------------------------------------------------------------------------------------

describe("renderBusinessCertificate: NIB", () => {
  it("renders the NIB with the legal basis, business, activities, commitments, notes and signature", async () => {
    const bytes = await renderBusinessCertificate(nibData);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    for (const expected of [
      "PERIZINAN BERUSAHA BERBASIS RISIKO",
      `NOMOR INDUK BERUSAHA: ${NIB}`,
      "Berdasarkan Undang-Undang Nomor 6 Tahun 2023",
      "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung menerbitkan Nomor Induk Berusaha (NIB) kepada:",
      "Nama pelaku usaha : CV Maju Jaya",
      "NPWP : 01.234.567.8-423.000",
      "Akta : Akta No. 12 tanggal 3 Maret 2024",
      "Modal usaha : Rp 250.000.000",
      "KBLI Judul KBLI Lokasi Skala Tingkat Risiko Status",
      "56101 Restoran",
      "Hotel Bintang",
      "Kewajiban yang harus dipenuhi",
      "Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) 47111 23 Mei 2027",
      "NIB ini berlaku selama pelaku usaha menjalankan kegiatan usahanya",
      "Untuk kegiatan berisiko rendah, NIB merupakan perizinan berusaha.",
      "Diterbitkan di : Bandung",
      "pada tanggal : 24 November 2026",
      "Ditandatangani secara elektronik",
      "Dr. Siti Nurhayati, M.Si.",
      nibData.verificationUrl,
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain("NIK :");
    expect(pdf.text).not.toContain("Pernyataan Mandiri");
    expect(pdf.doc.getTitle()).toContain(NIB);
    expect(pdf.doc.getTitle()).toContain("CV Maju Jaya");
    expect(pdf.doc.getKeywords()).toContain(NIB);
    expect(pdf.doc.getKeywords()).toContain("CV Maju Jaya");
    expect(pdf.doc.getCreationDate()?.toISOString()).toBe("2026-11-24T03:15:00.000Z");
    expectWithinMargins(pdf, fonts);
  });

  it("flows 40 activities over pages with the table header repeated and the signature at the end", async () => {
    const pdf = await readPdf(await renderBusinessCertificate({ ...nibData, activities: manyActivities(40) }));
    const pages = pdf.doc.getPageCount();
    expect(pages).toBeGreaterThan(1);
    expect(pdf.pageText[0]).toContain("Kegiatan usaha nomor 1 ");
    expect(pdf.pageText[0]).not.toContain("Kegiatan usaha nomor 40 ");
    expect(pdf.text).toContain("Kegiatan usaha nomor 40 ");
    expect(pdf.pageText[1]).toContain("KBLI Judul KBLI Lokasi Skala Tingkat Risiko Status");
    expect(pdf.pageText[1]).toContain(`Nomor Induk Berusaha ${NIB} atas nama CV Maju Jaya (lanjutan)`);
    expect(pdf.pageText[pages - 1]).toContain("Dr. Siti Nurhayati");
    expect(pdf.pageText[pages - 1]).toContain("Untuk kegiatan berisiko rendah");
    expect(pdf.pageText[pages - 1]).toContain(`Halaman ${pages} dari ${pages}`);
    expectWithinMargins(pdf, fonts);
  });

  it("leaves out the commitments table when nothing is owed", async () => {
    const pdf = await readPdf(await renderBusinessCertificate({ ...nibData, commitments: [] }));
    expect(pdf.text).not.toContain("Kewajiban yang harus dipenuhi");
  });
});

describe("renderBusinessCertificate: Sertifikat Standar", () => {
  it("renders the certificate with number, NIB, the self-declaration and its note", async () => {
    const bytes = await renderBusinessCertificate(standardData);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    for (const expected of [
      "SERTIFIKAT STANDAR",
      "Nomor: SS/0042/DPMPTSP/XI/2026",
      `NIB: ${NIB}`,
      "menerbitkan Sertifikat Standar kepada:",
      "Nama pelaku usaha : Siti Aminah",
      "Bentuk usaha : Perorangan",
      "NIK : 3273015506850002",
      "Kegiatan usaha yang dicakup Sertifikat Standar ini:",
      "47111 Perdagangan Eceran",
      "Pernyataan Mandiri",
      "Saya menyatakan bahwa kegiatan usaha yang saya jalankan",
      "Sertifikat Standar ini diterbitkan berdasarkan pernyataan mandiri pelaku usaha",
      "(Pasal 12 PP 5/2021).",
      "Dr. Siti Nurhayati, M.Si.",
      standardData.verificationUrl,
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain("NOMOR INDUK BERUSAHA:");
    expect(pdf.text).not.toContain("Kewajiban yang harus dipenuhi");
    expect(pdf.text).not.toContain("NPWP :");
    expect(pdf.doc.getTitle()).toContain("SS/0042/DPMPTSP/XI/2026");
    expect(pdf.doc.getKeywords()).toContain(NIB);
    expect(pdf.doc.getKeywords()).toContain("Siti Aminah");
    expectWithinMargins(pdf, fonts);
  });

  it("flows 40 covered activities and lists commitments", async () => {
    const pdf = await readPdf(
      await renderBusinessCertificate({
        ...standardData,
        activities: manyActivities(40),
        commitments: [{ requirement: "Persetujuan Bangunan Gedung (PBG)", kbli: "47111", due: "2027-01-15" }],
      }),
    );
    const pages = pdf.doc.getPageCount();
    expect(pages).toBeGreaterThan(1);
    expect(pdf.text).toContain("Kegiatan usaha nomor 40 ");
    expect(pdf.text).toContain("Persetujuan Bangunan Gedung (PBG) 47111 15 Januari 2027");
    expect(pdf.pageText[1]).toContain("Sertifikat Standar Nomor SS/0042/DPMPTSP/XI/2026");
    expect(pdf.pageText[pages - 1]).toContain("Dr. Siti Nurhayati");
    expectWithinMargins(pdf, fonts);
  });
});

describe("renderBusinessCertificate: characters", () => {
  it("does not throw on names with accents, curly quotes and characters outside WinAnsi", async () => {
    const name = "PT “Kopi Nusantara” Café Ārya — Ñusa’s 東京";
    for (const kind of ["nib", "standard"] as const) {
      const bytes = await renderBusinessCertificate({
        ...(kind === "nib" ? nibData : standardData),
        business: { ...nibData.business, name, address: "Jl. Raya Cibeureum No. 5\u200b, Cimahi ≤ 2 km" },
        statement: "Pernyataan “mandiri” pelaku usaha — lengkap.",
      });
      const pdf = await readPdf(bytes);
      expect(pdf.text).toContain("PT “Kopi Nusantara” Café Arya — Ñusa’s ??");
      // Metadata is UTF-16 and keeps the name as given.
      expect(pdf.doc.getTitle()).toContain(name);
      expect(pdf.doc.getKeywords()).toContain(name);
      expectWithinMargins(pdf, fonts);
    }
  });
});
