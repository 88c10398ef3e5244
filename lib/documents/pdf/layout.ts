// Page layout shared by the office's PDF documents (A4 portrait): the letterhead (kop surat), text that
// wraps within the margins and flows onto new pages, tables, the signature block with the verification
// QR code, photos, and the footer that tells a reader how to check the document.
import { PDFDocument, StandardFonts, rgb, setWordSpacing, type PDFFont, type PDFImage, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import { detectFileType } from "@/lib/documents/detect-file-type";
import { toWinAnsi } from "@/lib/documents/pdf/win-ansi";

/** A4 portrait in points. */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = { top: 48, right: 56, bottom: 36, left: 70 } as const;
/** Kept free above the bottom margin for the footer. */
const FOOTER_SPACE = 46;

export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.3, 0.3, 0.3);
const LIGHT_FILL = rgb(0.9, 0.9, 0.9);

export type FontName = "regular" | "bold" | "italic";
export type Align = "left" | "center" | "right" | "justify";

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: RGB;
  /** Line height as a multiple of the font size. */
  leading?: number;
}

export interface Letterhead {
  /** "Pemerintah Kota Bandung" */
  government: string;
  /** "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" */
  office: string;
  /** Street address, postal code. */
  address: string;
  /** Telephone, e-mail, website on one line. */
  contact?: string;
  /** The region's emblem, PNG or JPEG bytes. */
  logo?: Uint8Array;
}

export interface Signer {
  /** For an officer who signs on the head's behalf: "a.n. Kepala Dinas ... Kota Bandung", above the position. */
  onBehalfOf?: string;
  /** "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung" */
  position: string;
  name: string;
  /** Civil service rank, e.g. "Pembina Utama Muda (IV/c)". */
  rank?: string;
  /** Nomor Induk Pegawai, when the signer has one. */
  nip?: string;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** The issuing office; also named in the footer. */
  author: string;
  /** Fixes the PDF's creation date, so that the same data renders to the same bytes. */
  createdAt: Date;
  verificationUrl: string;
  /** Printed at the top of every page after the first, e.g. "Keputusan Nomor 503/0012/... (lanjutan)". */
  runningHead: string;
}

export interface Cell {
  text: string;
  x: number;
  width: number;
  style?: TextStyle;
  align?: Align;
  underline?: boolean;
  /** Evens out the lengths of wrapped lines (for centred titles), so that no word is left alone. */
  balance?: boolean;
}

export interface Column {
  header: string;
  /** Relative width. */
  weight: number;
  align?: Align;
}

export interface Photo {
  /** JPEG or PNG bytes. */
  data: Uint8Array;
  caption?: string;
}

export interface SignatureOptions {
  signer: Signer;
  /** Lines above the position, e.g. "Ditetapkan di : Bandung", "pada tanggal : 24 November 2026". */
  placeAndDate?: { label: string; value: string }[];
  uppercasePosition?: boolean;
  /** Draw the verification QR code at the left (default true). */
  qr?: boolean;
}

const SIGNATURE_QR_SIZE = 84;

interface WrappedLine {
  text: string;
  /** Last line of a paragraph: never justified. */
  last: boolean;
}

const DEFAULT_STYLE: Required<Omit<TextStyle, "color">> & { color: RGB } = {
  font: "regular",
  size: 10.5,
  color: BLACK,
  leading: 1.32,
};

export class PageFlow {
  page!: PDFPage;
  /** Top of the next line to draw. */
  y = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: Record<FontName, PDFFont>,
    readonly info: DocumentInfo,
  ) {}

  static async create(info: DocumentInfo): Promise<PageFlow> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    };
    const flow = new PageFlow(doc, fonts, info);
    flow.addPage();
    return flow;
  }

  get left() {
    return MARGIN.left;
  }
  get right() {
    return A4[0] - MARGIN.right;
  }
  get width() {
    return this.right - this.left;
  }
  get bottom() {
    return MARGIN.bottom + FOOTER_SPACE;
  }
  /** Height available on a fresh continuation page. */
  get pageSpace() {
    return A4[1] - MARGIN.top - 24 - this.bottom;
  }

  addPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN.top;
    if (this.doc.getPageCount() > 1) {
      const style = { size: 8, font: "italic" as const, color: GREY };
      const line = this.wrap(this.info.runningHead, style, this.width)[0]?.text ?? "";
      this.drawString(line, this.left, this.y - 8, style);
      this.y -= 24;
    }
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number) {
    if (this.y - height < this.bottom) this.addPage();
  }

  gap(height: number) {
    this.y -= height;
    if (this.y < this.bottom) this.addPage();
  }

  style(style: TextStyle = {}) {
    const s = { ...DEFAULT_STYLE, ...style };
    return { ...s, pdfFont: this.fonts[s.font], lineHeight: s.size * s.leading };
  }

  lineHeight(style: TextStyle = {}) {
    return this.style(style).lineHeight;
  }

  measure(text: string, style: TextStyle = {}) {
    const s = this.style(style);
    return s.pdfFont.widthOfTextAtSize(toWinAnsi(text), s.size);
  }

  /** Splits text into lines no wider than `width` (explicit "\n" starts a new paragraph). */
  wrap(text: string, style: TextStyle, width: number): WrappedLine[] {
    const s = this.style(style);
    const fits = (t: string) => s.pdfFont.widthOfTextAtSize(t, s.size) <= width;
    const lines: WrappedLine[] = [];
    for (const paragraph of toWinAnsi(text).split("\n")) {
      const words = paragraph.split(" ").filter((w) => w !== "");
      let line = "";
      for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (fits(candidate)) {
          line = candidate;
          continue;
        }
        if (line) lines.push({ text: line, last: false });
        line = word;
        // A word wider than the column (a long URL or number) is broken between characters: as many
        // as fit (found by bisection), at least one, so that even a too-narrow column terminates.
        while (line.length > 1 && !fits(line)) {
          let low = 1;
          let high = line.length - 1;
          while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (fits(line.slice(0, mid))) low = mid;
            else high = mid - 1;
          }
          lines.push({ text: line.slice(0, low), last: false });
          line = line.slice(low);
        }
      }
      lines.push({ text: line, last: true });
    }
    return lines;
  }

  /** Draws one line (no wrapping) with its baseline at `baseline`. */
  drawString(text: string, x: number, baseline: number, style: TextStyle = {}, wordSpacing = 0) {
    const safe = toWinAnsi(text).replaceAll("\n", " ");
    if (!safe) return;
    const s = this.style(style);
    // Tw stretches the spaces of a justified line; it is a text-state setting, so it is reset after.
    if (wordSpacing) this.page.pushOperators(setWordSpacing(wordSpacing));
    this.page.drawText(safe, { x, y: baseline, font: s.pdfFont, size: s.size, color: s.color });
    if (wordSpacing) this.page.pushOperators(setWordSpacing(0));
  }

  /**
   * Draws cells side by side (a label and its value, a list marker and its item...), each wrapped in
   * its own column, line by line; lines that no longer fit continue on a new page.
   */
  row(cells: Cell[], options: { keepTogether?: boolean } = {}) {
    const wrapped = cells.map((cell) => this.wrapCell(cell));
    const lineHeight = Math.max(...cells.map((cell) => this.lineHeight(cell.style)));
    const count = Math.max(...wrapped.map((lines) => lines.length));
    const together = options.keepTogether ? count : Math.min(count, 2);
    if (together * lineHeight <= this.pageSpace) this.ensure(together * lineHeight);
    for (let i = 0; i < count; i++) {
      if (this.y - lineHeight < this.bottom) this.addPage();
      const baseline = this.y - lineHeight * 0.76;
      cells.forEach((cell, c) => {
        const line = wrapped[c]![i];
        if (line) this.drawCellLine(cell, line, baseline);
      });
      this.y -= lineHeight;
    }
  }

  /** The height `row(cells)` takes (without page breaks). */
  rowHeight(cells: Cell[]) {
    const count = Math.max(...cells.map((cell) => this.wrapCell(cell).length));
    return count * Math.max(...cells.map((cell) => this.lineHeight(cell.style)));
  }

  private wrapCell(cell: Cell): WrappedLine[] {
    const style = cell.style ?? {};
    const lines = this.wrap(cell.text, style, cell.width);
    if (!cell.balance || lines.length < 2) return lines;
    // The narrowest width that still needs no more lines.
    let low = cell.width / 2;
    let high = cell.width;
    while (high - low > 1) {
      const mid = (low + high) / 2;
      if (this.wrap(cell.text, style, mid).length > lines.length) low = mid;
      else high = mid;
    }
    return this.wrap(cell.text, style, high);
  }

  private drawCellLine(cell: Cell, line: WrappedLine, baseline: number) {
    const s = this.style(cell.style);
    const width = s.pdfFont.widthOfTextAtSize(line.text, s.size);
    let x = cell.x;
    let wordSpacing = 0;
    if (cell.align === "center") x += (cell.width - width) / 2;
    else if (cell.align === "right") x += cell.width - width;
    else if (cell.align === "justify" && !line.last) {
      const spaces = line.text.split(" ").length - 1;
      const slack = cell.width - width;
      // A line with a lot of slack was cut from a long word: leave it ragged rather than stretched.
      if (spaces > 0 && slack < cell.width * 0.3) wordSpacing = slack / spaces;
    }
    this.drawString(line.text, x, baseline, cell.style, wordSpacing);
    if (cell.underline) {
      this.page.drawLine({
        start: { x, y: baseline - s.size * 0.15 },
        end: { x: x + width, y: baseline - s.size * 0.15 },
        thickness: Math.max(0.6, s.size / 16),
        color: s.color,
      });
    }
  }

  paragraph(text: string, options: TextStyle & { x?: number; width?: number; align?: Align; keepTogether?: boolean; balance?: boolean } = {}) {
    const { x = this.left, width = this.right - x, align = "left", keepTogether, balance, ...style } = options;
    this.row([{ text, x, width, style, align, balance }], { keepTogether });
  }

  /** A heading kept with at least the next three lines. */
  heading(text: string, options: TextStyle & { align?: Align } = {}) {
    const { align = "left", ...style } = options;
    const s = { font: "bold" as const, size: 10.5, ...style };
    this.ensure(this.lineHeight(s) + 3 * this.lineHeight());
    this.row([{ text, x: this.left, width: this.width, style: s, align }]);
  }

  /** "label : value" lines with the values aligned. */
  fields(
    rows: { label: string; value: string }[],
    options: { x?: number; labelWidth: number; width?: number; style?: TextStyle; valueStyle?: TextStyle; align?: Align },
  ) {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const colon = this.measure(" : ", options.style) + 2;
    for (const { label, value } of rows) {
      this.row([
        { text: label, x, width: options.labelWidth - 2, style: options.style },
        { text: ":", x: x + options.labelWidth, width: colon, style: options.style },
        {
          text: value || "-",
          x: x + options.labelWidth + colon,
          width: width - options.labelWidth - colon,
          style: options.valueStyle ?? options.style,
          align: options.align,
        },
      ]);
    }
  }

  /** A numbered (or otherwise marked) list with hanging indents. */
  list(
    items: string[],
    options: { x?: number; width?: number; style?: TextStyle; marker?: (index: number) => string; markerWidth?: number; align?: Align; itemGap?: number } = {},
  ) {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const markerWidth = options.markerWidth ?? 20;
    const marker = options.marker ?? ((i: number) => `${i + 1}.`);
    items.forEach((item, i) => {
      if (i > 0 && options.itemGap) this.gap(options.itemGap);
      this.row([
        { text: marker(i), x, width: markerWidth, style: options.style },
        { text: item, x: x + markerWidth, width: width - markerWidth, style: options.style, align: options.align ?? "justify" },
      ]);
    });
  }

  /** A bordered table; rows that do not fit continue on the next page under a repeated header. */
  table(columns: Column[], rows: string[][], options: { style?: TextStyle; headerStyle?: TextStyle } = {}) {
    const style = { size: 9.5, ...options.style };
    const headerStyle = { font: "bold" as const, size: 9, ...options.headerStyle };
    const pad = 4;
    const total = columns.reduce((sum, column) => sum + column.weight, 0);
    const xs: number[] = [];
    let cursor = this.left;
    const widths = columns.map((column) => {
      xs.push(cursor);
      const w = (this.width * column.weight) / total;
      cursor += w;
      return w;
    });

    const drawRow = (cells: string[], cellStyle: TextStyle, header: boolean, aligns: (Align | undefined)[]) => {
      const lineHeight = this.lineHeight(cellStyle);
      const wrapped = cells.map((text, c) => this.wrap(text, cellStyle, widths[c]! - 2 * pad));
      const count = Math.max(1, ...wrapped.map((lines) => lines.length));
      let start = 0;
      let freshHeader = header;
      while (start < count) {
        let fit = Math.floor((this.y - this.bottom - 2 * pad) / lineHeight);
        // Move the row on unless it fits, or is too tall for any page and at least two lines fit here.
        const whole = count - start;
        const tooTall = whole * lineHeight + 2 * pad > this.pageSpace - 40;
        if (!freshHeader && (fit < whole && (!tooTall || fit < 2))) {
          this.addPage();
          drawHeader();
          fit = Math.floor((this.y - this.bottom - 2 * pad) / lineHeight);
        }
        freshHeader = false;
        const take = Math.max(1, Math.min(fit, whole));
        const height = take * lineHeight + 2 * pad;
        cells.forEach((_, c) => {
          this.page.drawRectangle({
            x: xs[c]!,
            y: this.y - height,
            width: widths[c]!,
            height,
            borderWidth: 0.6,
            borderColor: BLACK,
            color: header ? LIGHT_FILL : undefined,
          });
          for (let i = 0; i < take; i++) {
            const line = wrapped[c]![start + i];
            if (!line) continue;
            const baseline = this.y - pad - i * lineHeight - lineHeight * 0.76;
            this.drawCellLine({ text: "", x: xs[c]! + pad, width: widths[c]! - 2 * pad, style: cellStyle, align: aligns[c] }, line, baseline);
          }
        });
        this.y -= height;
        start += take;
      }
    };
    const drawHeader = () =>
      drawRow(
        columns.map((column) => column.header),
        headerStyle,
        true,
        columns.map(() => "center"),
      );

    this.ensure(this.lineHeight(headerStyle) + this.lineHeight(style) * 2 + 4 * pad);
    drawHeader();
    for (const cells of rows) drawRow(cells, style, false, columns.map((column) => column.align));
  }

  /** The kop surat: emblem at the left, the government and office centred beside it, and a double rule. */
  async letterhead(head: Letterhead) {
    const logoBox = 66;
    const inset = head.logo ? logoBox + 10 : 0;
    const x = this.left + inset;
    const width = this.width - inset;
    const lines: Cell[] = [
      { text: head.government.toUpperCase(), x, width, align: "center", balance: true, style: { font: "bold", size: 13, leading: 1.25 } },
      { text: head.office.toUpperCase(), x, width, align: "center", balance: true, style: { font: "bold", size: 14, leading: 1.22 } },
      { text: head.address, x, width, align: "center", balance: true, style: { size: 8.5, leading: 1.35 } },
      ...(head.contact ? [{ text: head.contact, x, width, align: "center" as const, balance: true, style: { size: 8.5, leading: 1.35 } }] : []),
    ];
    const textHeight = lines.reduce((sum, cell) => sum + this.rowHeight([cell]), 0);
    const top = this.y;
    const height = Math.max(textHeight, head.logo ? logoBox : 0);
    if (head.logo) {
      const image = await this.embedImage(head.logo, "logo");
      const scale = Math.min(logoBox / image.width, logoBox / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      this.page.drawImage(image, { x: this.left + (logoBox - w) / 2, y: top - (height + h) / 2, width: w, height: h });
    }
    this.y = top - (height - textHeight) / 2;
    for (const cell of lines) this.row([cell]);
    this.y = top - height - 4;
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.right, y: this.y }, thickness: 2.2, color: BLACK });
    this.page.drawLine({
      start: { x: this.left, y: this.y - 3.4 },
      end: { x: this.right, y: this.y - 3.4 },
      thickness: 0.7,
      color: BLACK,
    });
    this.y -= 20;
  }

  /**
   * The verification QR code (drawn as vector modules, sharp at any zoom and in print) with a caption
   * and the URL in small type under it; returns the height used below `top`.
   */
  drawQr(url: string, x: number, top: number, size: number, captionWidth: number): number {
    const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
    const count = qr.modules.size;
    const unit = size / count;
    let path = "";
    for (let r = 0; r < count; r++) {
      let c = 0;
      while (c < count) {
        if (!qr.modules.get(r, c)) {
          c++;
          continue;
        }
        const start = c;
        while (c < count && qr.modules.get(r, c)) c++;
        path += `M${start} ${r}h${c - start}v1h${start - c}z`;
      }
    }
    this.page.drawSvgPath(path, { x, y: top, scale: unit, color: BLACK, borderWidth: 0 });
    let y = top - size - 4;
    const small = { size: 6.5, color: GREY, leading: 1.25 } as const;
    for (const [i, part] of ["Pindai untuk memeriksa keaslian dokumen:", url].entries()) {
      for (const line of this.wrap(part, i === 0 ? { ...small, font: "italic" } : small, captionWidth)) {
        this.drawString(line.text, x, y - 6.5 * 0.8, i === 0 ? { ...small, font: "italic" } : small);
        y -= 6.5 * 1.25;
      }
    }
    return top - y;
  }

  private qrCaptionHeight(url: string, width: number) {
    const small = { size: 6.5, leading: 1.25 };
    return 4 + (this.wrap("Pindai untuk memeriksa keaslian dokumen:", { ...small, font: "italic" }, width).length + this.wrap(url, small, width).length) * 6.5 * 1.25;
  }

  /**
   * The signature block at the right half (place and date, position, the electronic signature mark,
   * name, rank, NIP) with the verification QR code at the left, kept together on one page.
   */
  signatureBlock(options: SignatureOptions) {
    const m = this.signatureMetrics(options);
    const { x, width, base, bold } = m;
    this.ensure(m.height);

    const top = this.y;
    if (m.place.length) {
      this.fields(m.place, { x, width, labelWidth: 78, style: base });
      this.page.drawLine({ start: { x, y: this.y - 2 }, end: { x: this.right, y: this.y - 2 }, thickness: 0.6, color: BLACK });
      this.y -= 8;
    }
    const qrTop = this.y;
    if (m.onBehalfOf) this.row([{ text: m.onBehalfOf, x, width, style: base }]);
    this.row([{ text: m.position, x, width, style: bold }]);
    // The electronic signature mark stands where a wet signature would be.
    const markTop = this.y - 6;
    const label = "Ditandatangani secara elektronik";
    const italic: TextStyle = { font: "italic", size: 8.5, color: GREY };
    const markWidth = this.measure(label, italic) + 16;
    this.page.drawRectangle({ x, y: markTop - 26, width: markWidth, height: 26, borderWidth: 0.6, borderColor: GREY });
    this.drawString(label, x + 8, markTop - 16, italic);
    this.y = markTop - 40;
    this.row([{ text: options.signer.name, x, width, style: bold, underline: true }]);
    if (options.signer.rank) this.row([{ text: options.signer.rank, x, width, style: base }]);
    if (options.signer.nip) this.row([{ text: `NIP. ${options.signer.nip}`, x, width, style: base }]);
    let bottom = this.y;
    if (options.qr !== false) {
      const used = this.drawQr(this.info.verificationUrl, this.left, qrTop - 2, SIGNATURE_QR_SIZE, m.qrWidth);
      bottom = Math.min(bottom, qrTop - 2 - used);
    }
    this.y = Math.min(bottom, top - m.height) - 2;
  }

  /** The height signatureBlock(options) takes, to keep the text before it on the same page. */
  signatureBlockHeight(options: SignatureOptions) {
    return this.signatureMetrics(options).height;
  }

  private signatureMetrics(options: SignatureOptions) {
    const x = this.left + this.width * 0.5;
    const width = this.right - x;
    const base: TextStyle = { size: 10.5 };
    const bold: TextStyle = { size: 10.5, font: "bold" };
    const position = `${options.uppercasePosition ? options.signer.position.toUpperCase() : options.signer.position},`;
    const place = options.placeAndDate ?? [];
    const onBehalfOf = options.signer.onBehalfOf ? `${options.uppercasePosition ? options.signer.onBehalfOf.toUpperCase() : options.signer.onBehalfOf},` : null;
    const qrWidth = this.width * 0.42;
    const placeHeight = place.length * this.lineHeight(base) + (place.length ? 8 : 0);
    const text =
      placeHeight +
      (onBehalfOf ? this.wrap(onBehalfOf, base, width).length * this.lineHeight(base) : 0) +
      this.wrap(position, bold, width).length * this.lineHeight(bold) +
      46 +
      this.wrap(options.signer.name, bold, width).length * this.lineHeight(bold) +
      (options.signer.rank ? this.lineHeight(base) : 0) +
      (options.signer.nip ? this.lineHeight(base) : 0);
    const qr = options.qr === false ? 0 : placeHeight + 2 + SIGNATURE_QR_SIZE + this.qrCaptionHeight(this.info.verificationUrl, qrWidth);
    return { x, width, base, bold, onBehalfOf, position, place, qrWidth, height: Math.max(text, qr) + 4 };
  }

  async embedImage(data: Uint8Array, what: string): Promise<PDFImage> {
    const type = detectFileType(data);
    if (type?.kind === "jpeg") return this.doc.embedJpg(data);
    if (type?.kind === "png") return this.doc.embedPng(data);
    throw new TypeError(`The ${what} is neither a JPEG nor a PNG image`);
  }

  /** Photos two by two (at most four to a page), each scaled to fit its frame, with a caption. */
  async photoGrid(photos: Photo[]) {
    const gutter = 16;
    const cellWidth = (this.width - gutter) / 2;
    const frameHeight = 230;
    const captionStyle: TextStyle = { size: 8.5, leading: 1.25 };
    for (let i = 0; i < photos.length; i += 2) {
      const pair = photos.slice(i, i + 2);
      const captions = pair.map((photo, j) => this.wrap(`Foto ${i + j + 1}${photo.caption ? `. ${photo.caption}` : ""}`, captionStyle, cellWidth).slice(0, 3));
      const captionHeight = Math.max(...captions.map((c) => c.length)) * this.lineHeight(captionStyle);
      this.ensure(frameHeight + captionHeight + 8);
      for (const [j, photo] of pair.entries()) {
        const x = this.left + j * (cellWidth + gutter);
        const image = await this.embedImage(photo.data, `photo ${i + j + 1}`);
        const scale = Math.min((cellWidth - 8) / image.width, (frameHeight - 8) / image.height);
        const w = image.width * scale;
        const h = image.height * scale;
        this.page.drawRectangle({ x, y: this.y - frameHeight, width: cellWidth, height: frameHeight, borderWidth: 0.6, borderColor: GREY });
        this.page.drawImage(image, { x: x + (cellWidth - w) / 2, y: this.y - frameHeight + (frameHeight - h) / 2, width: w, height: h });
        captions[j]!.forEach((line, k) => {
          this.drawString(line.text, x, this.y - frameHeight - 4 - (k + 0.8) * this.lineHeight(captionStyle), captionStyle);
        });
      }
      this.y -= frameHeight + captionHeight + 16;
    }
  }

  /** Draws the footer on every page, sets the metadata and returns the PDF's bytes. */
  async finish(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    const small: TextStyle = { size: 7, color: GREY, leading: 1.3 };
    const note = `Dokumen ini ditandatangani secara elektronik oleh ${this.info.author}. Keaslian dan status dokumen dapat diperiksa`;
    const noteWidth = this.width - 80;
    let noteLines = this.wrap(`${note} dengan memindai kode QR atau melalui ${this.info.verificationUrl}`, small, noteWidth);
    // An unusually long address stays out of the footer (it is printed under the QR code).
    if (noteLines.length > 3) noteLines = this.wrap(`${note} dengan memindai kode QR pada dokumen ini.`, small, noteWidth).slice(0, 3);
    pages.forEach((page, i) => {
      this.page = page;
      const ruleY = MARGIN.bottom + FOOTER_SPACE - 8;
      page.drawLine({ start: { x: this.left, y: ruleY }, end: { x: this.right, y: ruleY }, thickness: 0.5, color: GREY });
      noteLines.forEach((line, k) => this.drawString(line.text, this.left, ruleY - 9 - k * 7 * 1.3, small));
      const label = `Halaman ${i + 1} dari ${pages.length}`;
      this.drawString(label, this.right - this.measure(label, small), ruleY - 9, small);
    });
    const { title, subject, keywords, author, createdAt } = this.info;
    // Metadata is stored as UTF-16, so it keeps the text as given.
    this.doc.setTitle(title, { showInWindowTitleBar: true });
    this.doc.setSubject(subject);
    this.doc.setKeywords(keywords);
    this.doc.setAuthor(author);
    this.doc.setCreator("Portal Perizinan");
    this.doc.setProducer("pdf-lib");
    this.doc.setLanguage("id-ID");
    this.doc.setCreationDate(createdAt);
    this.doc.setModificationDate(createdAt);
    return this.doc.save();
  }
}

/** A moment for the PDF's dates; a plain "YYYY-MM-DD" is taken as midnight in Jakarta (UTC+7). */
export function toMoment(value: Date | string): Date {
  if (value instanceof Date) return value;
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const date = new Date(plain ? `${value.trim()}T00:00:00+07:00` : value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${value}`);
  return date;
}
