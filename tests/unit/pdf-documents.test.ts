import zlib from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, type PDFFont } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDate, formatIndonesianDate, indonesianWeekday } from "@/lib/calendar/format-date";
import { indonesianNumberWords } from "@/lib/documents/pdf/number-words";
import { renderInspectionReport, type InspectionReportData } from "@/lib/documents/pdf/inspection-report";
import { A4 } from "@/lib/documents/pdf/layout";
import { renderPermitDecree, type PermitDecreeData } from "@/lib/documents/pdf/permit-decree";
import { renderRejectionLetter, type RejectionLetterData } from "@/lib/documents/pdf/rejection-letter";
import { isWinAnsi, toWinAnsi } from "@/lib/documents/pdf/win-ansi";
import { expectWithinMargins, readPdf, standardFonts } from "../support/read-pdf";

let fonts: Record<string, PDFFont>;
beforeAll(async () => {
  fonts = await standardFonts();
});

function imageCount(doc: PDFDocument) {
  return doc.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of("Subtype")) === PDFName.of("Image")).length;
}

// --- Images for the tests ---------------------------------------------------------------------------

// A 16x12 JPEG (gradient).
const JPEG = new Uint8Array(
  Buffer.from(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhlbXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQF/8QAFxABAAMAAAAAAAAAAAAAAAAAAAESE//EABUBAQEAAAAAAAAAAAAAAAAAAAQF/8QAFhEAAwAAAAAAAAAAAAAAAAAAAAIV/9oADAMBAAIRAxEAPwDE1NUlpLSrzEHUXP/Z",
    "base64",
  ),
);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A width x height RGB PNG, coloured by position. */
function png(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([(x * 255) / width, (y * 255) / height, 128], y * (width * 3 + 1) + 1 + x * 3);
  }
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]),
  );
}

// --- Sample data -----------------------------------------------------------------------------------

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

const decree: PermitDecreeData = {
  office,
  permitTypeName: "Izin Reklame",
  decreeNumber: "503/0127/REK/DPMPTSP/XI/2026",
  registrationNumber: "REG-2026-000458",
  holder: { name: "Budi Santoso", nik: "3273012505800003" },
  fields: [
    { label: "Jenis reklame", value: "Papan nama usaha" },
    { label: "Lokasi", value: "Jl. Braga No. 45, Bandung" },
  ],
  conditions: ["Memelihara reklame agar tetap aman.", "Membongkar reklame setelah izin berakhir."],
  legalBasis: "Peraturan Daerah Kota Bandung tentang Penyelenggaraan Reklame.",
  issuedAt: "2026-11-24T03:15:00Z",
  issuedPlace: "Bandung",
  signer,
  verificationUrl: "https://perizinan.example.go.id/verifikasi/D7K2M-9QX4T",
  timeZone: "Asia/Jakarta",
};

const letter: RejectionLetterData = {
  office,
  letterNumber: "503/0311/DPMPTSP/XI/2026",
  letterDate: "2026-11-24",
  place: "Bandung",
  addressee: { name: "Sdr. Budi Santoso", address: "Jl. Merdeka No. 12, Bandung" },
  registrationNumber: "REG-2026-000458",
  submittedAt: "2026-11-02T02:30:00Z",
  permitTypeName: "Persetujuan Bangunan Gedung",
  reasons: ["Garis sempadan bangunan kurang dari 5 meter.", "Dokumen perhitungan struktur belum ditandatangani tenaga ahli."],
  decidedBy: { name: signer.name, position: signer.position },
  enquiries: "Jl. Wastukencana No. 2, Bandung, (022) 4234793",
  portalUrl: "https://perizinan.example.go.id",
  signer,
  copies: ["Wali Kota Bandung"],
  verificationUrl: "https://perizinan.example.go.id/verifikasi/R4T8W-2HZ6P",
  timeZone: "Asia/Jakarta",
};

const report: InspectionReportData = {
  office,
  reportNumber: "BAP/0089/PBG/CKTR/XI/2026",
  agency: "Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
  permitTypeName: "Persetujuan Bangunan Gedung",
  registrationNumber: "REG-2026-000458",
  applicantName: "Budi Santoso",
  visitedAt: new Date("2026-11-17T02:30:00Z"),
  surveyPlace: "Jl. Braga No. 45, Bandung",
  team: [
    { name: "Ir. Agus Wibowo, M.T.", position: "Penata Bangunan Gedung Ahli Madya", role: "Ketua Tim", nip: "19750612 200212 1 003", signedElectronically: true },
    { name: "Rina Marlina, S.T.", position: "Penata Ruang Ahli Muda", nip: "19880321 201101 2 007" },
    { name: "Yusuf Maulana", position: "Lurah Braga", role: "Saksi" },
  ],
  checklist: [
    { item: "Kesesuaian lokasi dengan KKPR", result: "sesuai", note: "Zona K-1" },
    { item: "Garis sempadan bangunan", result: "tidak_sesuai", note: "Terukur 4,2 m" },
    { item: "Sumur resapan", result: "catatan", note: "Belum tergambar pada rencana tapak" },
  ],
  findings: ["Garis sempadan bangunan kurang 0,8 meter."],
  recommendation: "disetujui_dengan_syarat",
  conditions: ["Memundurkan dinding muka bangunan hingga 5 meter dari as jalan."],
  verificationUrl: "https://perizinan.example.go.id/verifikasi/B9N3C-7KV2D",
  timeZone: "Asia/Jakarta",
};

// --- Tests -----------------------------------------------------------------------------------------

describe("toWinAnsi", () => {
  it("keeps WinAnsi text, line breaks and the typographic characters the encoding has", () => {
    const text = "Izin “Reklame” – 10% • 240 m² … ‘é’ €\nbaris kedua";
    expect(toWinAnsi(text)).toBe(text);
  });

  it.each([
    ["ā ī ū Ś ṭ", "a i u S t"],
    ["non\u2011breaking \u2010 \u2212 \u2043", "non-breaking - - -"],
    ["a\u00a0b\u2009c\u202fd\te", "a\u00a0b c d e"],
    ["zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen"],
    ["≤ 5 m, ≥ 2, → ✓ № 3", "<= 5 m, >= 2, -> v No. 3"],
    ["ﬁle ½ ²", "file ½ ²"],
    ["東京 🏠 ok", "?? ? ok"],
    ["a\r\nb\rc\u0007", "a\nb\nc"],
  ])("replaces %j", (input, output) => {
    expect(toWinAnsi(input)).toBe(output);
  });

  it("only ever yields characters Helvetica can encode", () => {
    const all = Array.from({ length: 0x3100 }, (_, i) => String.fromCodePoint(i)).join("") + "😀\u{1d400}\u{20000}";
    const safe = toWinAnsi(all);
    for (const line of safe.split("\n")) {
      for (const font of Object.values(fonts)) expect(() => font.encodeText(line)).not.toThrow();
    }
    for (const char of safe.replaceAll("\n", "")) expect(isWinAnsi(char.codePointAt(0)!)).toBe(true);
  });
});

describe("Indonesian dates", () => {
  it("formats dates in Indonesian on the Jakarta calendar", () => {
    const wib = "Asia/Jakarta";
    expect(formatIndonesianDate("2026-11-24", wib)).toBe("24 November 2026");
    expect(formatIndonesianDate("2026-02-01", wib)).toBe("1 Februari 2026");
    // 18:30 UTC is already the next morning in Jakarta (UTC+7).
    expect(formatIndonesianDate(new Date("2026-11-23T18:30:00Z"), wib)).toBe("24 November 2026");
    expect(formatIndonesianDate("2026-11-23T18:30:00Z", "UTC")).toBe("23 November 2026");
    expect(calendarDate("2026-12-31T17:00:00Z", wib)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(indonesianWeekday("2026-11-17", wib)).toBe("Selasa");
    expect(indonesianWeekday("2026-11-22", wib)).toBe("Minggu");
    expect(() => formatIndonesianDate("not a date", wib)).toThrow(RangeError);
  });

  it("writes small numbers in words", () => {
    expect([0, 5, 10, 11, 12, 19, 20, 21, 99, 100, 115, 240].map(indonesianNumberWords)).toEqual([
      "nol",
      "lima",
      "sepuluh",
      "sebelas",
      "dua belas",
      "sembilan belas",
      "dua puluh",
      "dua puluh satu",
      "sembilan puluh sembilan",
      "seratus",
      "seratus lima belas",
      "dua ratus empat puluh",
    ]);
  });
});

describe("renderPermitDecree", () => {
  it("renders a decree pdf-lib can load, with its number, holder, NIK, fields, validity and signer", async () => {
    const bytes = await renderPermitDecree(decree);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    const pages = pdf.doc.getPageCount();
    expect(pages).toBeLessThanOrEqual(2);
    const { width, height } = pdf.doc.getPage(0).getSize();
    expect([width, height]).toEqual(A4);
    for (const expected of [
      "PEMERINTAH KOTA BANDUNG",
      "KEPUTUSAN KEPALA DINAS PENANAMAN MODAL",
      `NOMOR ${decree.decreeNumber}`,
      "TENTANG IZIN REKLAME",
      "Budi Santoso",
      "3273012505800003",
      "Jenis reklame : Papan nama usaha",
      "Izin Reklame ini berlaku selama memenuhi ketentuan",
      "1. Memelihara reklame agar tetap aman.",
      "Dasar hukum : Peraturan Daerah Kota Bandung",
      "Ditetapkan di : Bandung",
      "pada tanggal : 24 November 2026",
      "Ditandatangani secara elektronik",
      "Dr. Siti Nurhayati, M.Si.",
      "NIP. 19720415 199803 2 004",
      decree.verificationUrl,
      `Halaman 1 dari ${pages}`,
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain("DIANGGAP DISETUJUI");
    expect(pdf.doc.getTitle()).toBe(`Keputusan Nomor ${decree.decreeNumber} tentang Izin Reklame`);
    expect(pdf.doc.getKeywords()).toContain(decree.decreeNumber);
    expect(pdf.doc.getCreationDate()?.toISOString()).toBe("2026-11-24T03:15:00.000Z");
    expectWithinMargins(pdf, fonts);
  });

  it("shows the validity period and the fiktif positif marking", async () => {
    const pdf = await readPdf(await renderPermitDecree({ ...decree, validFrom: "2026-11-24", validUntil: "2031-11-23", deemedApproval: true }));
    expect(pdf.text).toContain("berlaku sejak tanggal 24 November 2026 sampai dengan tanggal 23 November 2031");
    expect(pdf.text).toContain("DIANGGAP DISETUJUI (fiktif positif)");
    expect(pdf.text).toContain("dianggap dikabulkan");
    expect(pdf.text).not.toContain("berlaku selama memenuhi ketentuan");
  });

  it("flows 60 conditions onto further pages, within the margins, with the signature at the end", async () => {
    const conditions = Array.from(
      { length: 60 },
      (_, i) => `Ketentuan nomor ${i + 1}: pemegang izin wajib memelihara konstruksi reklame, memperbarui asuransi dan melaporkan perubahan.`,
    );
    const short = (await PDFDocument.load(await renderPermitDecree(decree))).getPageCount();
    const pdf = await readPdf(await renderPermitDecree({ ...decree, conditions }));
    const pages = pdf.doc.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeGreaterThan(short);
    expect(pdf.pageText[0]).toContain("1. Ketentuan nomor 1:");
    expect(pdf.pageText[0]).not.toContain("Ketentuan nomor 60:");
    const last = pdf.pageText[pages - 1]!;
    expect(last).toContain("Dr. Siti Nurhayati");
    expect(pdf.text).toContain("60. Ketentuan nomor 60:");
    for (let p = 1; p < pages; p++) {
      expect(pdf.pageText[p]).toContain(`Keputusan Nomor ${decree.decreeNumber} tentang Izin Reklame (lanjutan)`);
      expect(pdf.pageText[p]).toContain(`Halaman ${p + 1} dari ${pages}`);
    }
    expectWithinMargins(pdf, fonts);
  });

  it("wraps text without spaces (long numbers, URLs) inside the margins", async () => {
    const long = "X".repeat(400);
    const pdf = await readPdf(
      await renderPermitDecree({
        ...decree,
        fields: [{ label: "Keterangan", value: long }],
        verificationUrl: `https://perizinan.example.go.id/verifikasi/${"A".repeat(150)}`,
      }),
    );
    expect(pdf.text.replaceAll(" ", "")).toContain(long);
    expectWithinMargins(pdf, fonts);
  });

  it("does not crash on characters outside WinAnsi", async () => {
    const pdf = await readPdf(
      await renderPermitDecree({
        ...decree,
        holder: { name: "Ādi Nūr\u2011Śetiawan 🏠", nik: "3273012505800003", address: "Jl. “Merdeka”\u00a0No.\u200b12\tBandung" },
        fields: [{ label: "Catatan", value: "Tinggi ≤ 8 m → 東京" }],
        conditions: ["Pasal 5 ayat (1) huruf ā."],
      }),
    );
    expect(pdf.text).toContain("Adi Nur-Setiawan ?");
    // (readPdf folds the no-break space, which WinAnsi keeps, into a space.)
    expect(pdf.text).toContain("Jl. “Merdeka” No.12 Bandung");
    expect(pdf.text).toContain("Tinggi <= 8 m -> ??");
  });

  it("renders the same bytes for the same data", async () => {
    const first = await renderPermitDecree(decree);
    const second = await renderPermitDecree(structuredClone(decree));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it("embeds the office emblem", async () => {
    const pdf = await readPdf(await renderPermitDecree({ ...decree, office: { ...office, logo: png(40, 48) } }));
    expect(imageCount(pdf.doc)).toBe(1);
    expect(pdf.text).toContain("PEMERINTAH KOTA BANDUNG");
    expectWithinMargins(pdf, fonts);
  });
});

describe("renderRejectionLetter", () => {
  it("renders the letter with number, addressee, application, reasons and rights", async () => {
    const pdf = await readPdf(await renderRejectionLetter(letter));
    expect(pdf.doc.getPageCount()).toBeGreaterThanOrEqual(1);
    for (const expected of [
      `Nomor : ${letter.letterNumber}`,
      "Bandung, 24 November 2026",
      "Hal : Penolakan Permohonan Persetujuan Bangunan Gedung",
      "Yth. Sdr. Budi Santoso",
      "nomor pendaftaran REG-2026-000458 tanggal 2 November 2026",
      "DITOLAK",
      "1. Garis sempadan bangunan kurang dari 5 meter.",
      "2. Dokumen perhitungan struktur",
      `Penolakan ini diputuskan oleh ${signer.name}, ${signer.position}.`,
      "a. mengajukan permohonan kembali melalui https://perizinan.example.go.id",
      "b. menanyakan penolakan ini kepada kami di Jl. Wastukencana No. 2",
      "Ditandatangani secara elektronik",
      "Dr. Siti Nurhayati, M.Si.",
      "Tembusan:",
      "1. Wali Kota Bandung",
      letter.verificationUrl,
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // It promises nothing the portal does not offer.
    expect(pdf.text).not.toContain("keberatan");
    expect(pdf.doc.getTitle()).toContain(letter.letterNumber);
    expectWithinMargins(pdf, fonts);
  });

  it("names the officer who decided and signs on the head's behalf", async () => {
    const officer = { onBehalfOf: "a.n. Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung", position: "Petugas front office", name: "Siti Rahmawati" };
    const pdf = await readPdf(await renderRejectionLetter({ ...letter, signer: officer, decidedBy: { name: officer.name, position: officer.position } }));
    expect(pdf.text).toContain("Penolakan ini diputuskan oleh Siti Rahmawati, Petugas front office.");
    expect(pdf.text).toContain("a.n. Kepala Dinas Penanaman Modal");
    expect(pdf.text).toContain("Petugas front office,");
    expect(pdf.text).not.toContain(signer.name);
    expectWithinMargins(pdf, fonts);
  });

  it("flows many reasons onto further pages", async () => {
    const reasons = Array.from({ length: 40 }, (_, i) => `Alasan ${i + 1}: persyaratan teknis belum dipenuhi sesuai ketentuan yang berlaku di daerah.`);
    const pdf = await readPdf(await renderRejectionLetter({ ...letter, reasons }));
    expect(pdf.doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain("40. Alasan 40:");
    expectWithinMargins(pdf, fonts);
  });
});

describe("renderInspectionReport", () => {
  it("renders the BAP with the visit, team, checklist, findings, recommendation and signature lines", async () => {
    const pdf = await readPdf(await renderInspectionReport(report));
    for (const expected of [
      "BERITA ACARA PEMERIKSAAN LAPANGAN",
      `Nomor: ${report.reportNumber}`,
      "Pada hari ini Selasa, tanggal 17 November 2026, pukul 09.30 WIB",
      "Tim Teknis Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
      "Lokasi pemeriksaan : Jl. Braga No. 45, Bandung",
      "Ir. Agus Wibowo, M.T.",
      "NIP. 19750612 200212 1 003",
      "Ketua Tim",
      "Kesesuaian lokasi dengan KKPR Sesuai Zona K-1",
      "Garis sempadan bangunan Tidak sesuai Terukur 4,2 m",
      "Sumur resapan Catatan",
      "1. Garis sempadan bangunan kurang 0,8 meter.",
      "DISETUJUI DENGAN SYARAT",
      "1. Memundurkan dinding muka bangunan",
      "3. Saksi",
      "Yusuf Maulana",
      report.verificationUrl,
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // One electronic mark: only the first member confirmed in the portal.
    expect(pdf.text.match(/Ditandatangani secara elektronik/g)).toHaveLength(1);
    expect(imageCount(pdf.doc)).toBe(0);
    expectWithinMargins(pdf, fonts);
  });

  it("embeds JPEG and PNG photos, four to a page, after the report", async () => {
    const without = await readPdf(await renderInspectionReport(report));
    const photos = [
      { data: JPEG, caption: "Tampak depan" },
      { data: png(300, 200), caption: "Saluran drainase" },
      { data: png(120, 400) },
      { data: JPEG, caption: "Papan proyek" },
      { data: png(50, 50), caption: "Sumur resapan" },
    ];
    const pdf = await readPdf(await renderInspectionReport({ ...report, photos }));
    expect(pdf.doc.getPageCount()).toBe(without.doc.getPageCount() + 2);
    expect(imageCount(pdf.doc)).toBe(5);
    const photoPage = pdf.pageText[without.doc.getPageCount()]!;
    expect(photoPage).toContain("LAMPIRAN: DOKUMENTASI FOTO PEMERIKSAAN");
    expect(photoPage).toContain("Foto 1. Tampak depan");
    expect(photoPage).toContain("Foto 3");
    expect(photoPage).not.toContain("Foto 5");
    expect(pdf.pageText.at(-1)).toContain("Foto 5. Sumur resapan");
    expectWithinMargins(pdf, fonts);
  });

  it("refuses a photo that is neither JPEG nor PNG", async () => {
    await expect(renderInspectionReport({ ...report, photos: [{ data: new TextEncoder().encode("GIF89a...") }] })).rejects.toThrow(
      /photo 1 is neither a JPEG nor a PNG/,
    );
  });

  it("flows a long checklist over pages with the table header repeated", async () => {
    const checklist = Array.from({ length: 45 }, (_, i) => ({
      item: `Aspek pemeriksaan ${i + 1} mengenai kelengkapan bangunan dan lingkungan`,
      result: (["sesuai", "tidak_sesuai", "catatan"] as const)[i % 3]!,
      note: i % 5 === 0 ? "Catatan panjang: ".concat("perlu perbaikan ".repeat(12)) : undefined,
    }));
    const pdf = await readPdf(await renderInspectionReport({ ...report, checklist }));
    expect(pdf.doc.getPageCount()).toBeGreaterThanOrEqual(3);
    expect(pdf.pageText[1]).toContain("No Aspek yang diperiksa Hasil Keterangan");
    expect(pdf.text).toContain("45 Aspek pemeriksaan 45");
    expectWithinMargins(pdf, fonts);
  });
});
