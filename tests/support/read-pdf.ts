// Reading a rendered PDF back in tests: pdf-lib writes text as hex strings (`<48656C6C6F> Tj`) inside
// Flate-compressed content streams (usable from both the unit and the end-to-end tests); inflate each page's streams and follow the font (Tf) and position
// (Tm) operators to get every line drawn, and check that all of it lies within the page's margins.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, StandardFonts, type PDFFont } from "pdf-lib";
import assert from "node:assert/strict";
import { A4, MARGIN } from "@/lib/documents/pdf/layout";

const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export interface DrawnText {
  text: string;
  font: string;
  size: number;
  x: number;
  y: number;
}

export interface ReadPdf {
  doc: PDFDocument;
  pages: DrawnText[][];
  /** All text of a page, lines joined with spaces (so phrases wrapped over lines still match). */
  pageText: string[];
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const drawn: DrawnText[] = [];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      let font = "";
      let size = 0;
      let x = 0;
      let y = 0;
      const tokens = /\/([\w-]+) ([\d.]+) Tf|([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) Tm|<([0-9A-Fa-f]*)> Tj/g;
      for (const m of ops.matchAll(tokens)) {
        if (m[1]) {
          font = m[1].replace(/-\d+$/, "");
          size = Number(m[2]);
        } else if (m[3]) {
          x = Number(m[7]);
          y = Number(m[8]);
        } else {
          const text = [...Buffer.from(m[9]!, "hex")].map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join("");
          drawn.push({ text, font, size, x, y });
        }
      }
    }
    return drawn;
  });
  const pageText = pages.map((drawn) => drawn.map((d) => d.text).join(" ").replace(/\s+/g, " "));
  return { doc, pages, pageText, text: pageText.join(" ") };
}

/** The standard fonts the documents use, to measure drawn text. */
export async function standardFonts(): Promise<Record<string, PDFFont>> {
  const doc = await PDFDocument.create();
  return {
    Helvetica: await doc.embedFont(StandardFonts.Helvetica),
    "Helvetica-Bold": await doc.embedFont(StandardFonts.HelveticaBold),
    "Helvetica-Oblique": await doc.embedFont(StandardFonts.HelveticaOblique),
  };
}

/** Every line of text lies within the page's margins (a justified line may end exactly at the right one). */
export function expectWithinMargins(pdf: ReadPdf, fonts: Record<string, PDFFont>) {
  for (const [p, drawn] of pdf.pages.entries()) {
    for (const d of drawn) {
      const font = fonts[d.font];
      assert.ok(font, `font ${d.font}`);
      const width = font.widthOfTextAtSize(d.text, d.size);
      const where = `page ${p + 1}: "${d.text}"`;
      assert.ok(d.x >= MARGIN.left - 0.01, `${where} starts left of the margin`);
      assert.ok(d.x + width <= A4[0] - MARGIN.right + 0.01, `${where} ends right of the margin`);
      assert.ok(d.y >= MARGIN.bottom - 0.01, `${where} is below the bottom margin`);
      assert.ok(d.y <= A4[1] - MARGIN.top, `${where} is above the top margin`);
    }
  }
}
