// The self-declaration (pernyataan mandiri) a business accepts for its medium-low risk activities; the
// Sertifikat Standar is issued on it. The Indonesian text is printed on the certificate and signed.
export const SELF_DECLARATION = {
  id: "Dengan ini saya menyatakan bahwa kegiatan usaha yang tercantum telah dan akan terus memenuhi standar usaha sesuai ketentuan peraturan perundang-undangan, dan bahwa data yang saya sampaikan benar. Saya bersedia Sertifikat Standar ini dibatalkan dan dikenai sanksi apabila pernyataan ini tidak benar.",
  en: "I declare that the listed business activities meet, and will keep meeting, the business standards set by the regulations, and that the data I have given is true. I accept that this Standard Certificate may be cancelled and sanctions applied if this statement is untrue.",
} as const;
