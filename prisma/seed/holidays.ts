// National holidays and collective leave days (cuti bersama) for 2026 and 2027. Seeded unconfirmed:
// the dates follow the joint ministerial decree (SKB 3 Menteri) as published or, for 2027, as projected
// from the lunar calendars; the office admin confirms or corrects them in the calendar page.
export interface HolidaySeed {
  date: string;
  kind: "NATIONAL" | "COLLECTIVE_LEAVE";
  nameId: string;
  nameEn: string;
}

export const HOLIDAYS: HolidaySeed[] = [
  // 2026
  { date: "2026-01-01", kind: "NATIONAL", nameId: "Tahun Baru 2026 Masehi", nameEn: "New Year's Day 2026" },
  { date: "2026-01-16", kind: "NATIONAL", nameId: "Isra Mikraj Nabi Muhammad SAW", nameEn: "Ascension of the Prophet Muhammad" },
  { date: "2026-02-16", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Tahun Baru Imlek", nameEn: "Collective leave for Chinese New Year" },
  { date: "2026-02-17", kind: "NATIONAL", nameId: "Tahun Baru Imlek 2577 Kongzili", nameEn: "Chinese New Year 2577" },
  { date: "2026-03-18", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Hari Suci Nyepi", nameEn: "Collective leave for Nyepi" },
  { date: "2026-03-19", kind: "NATIONAL", nameId: "Hari Suci Nyepi (Tahun Baru Saka 1948)", nameEn: "Day of Silence (Saka New Year 1948)" },
  { date: "2026-03-20", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1447 H", nameEn: "Collective leave for Eid al-Fitr 1447 H" },
  { date: "2026-03-21", kind: "NATIONAL", nameId: "Idul Fitri 1447 H", nameEn: "Eid al-Fitr 1447 H" },
  { date: "2026-03-22", kind: "NATIONAL", nameId: "Idul Fitri 1447 H (hari kedua)", nameEn: "Eid al-Fitr 1447 H (second day)" },
  { date: "2026-03-23", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1447 H", nameEn: "Collective leave for Eid al-Fitr 1447 H" },
  { date: "2026-03-24", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1447 H", nameEn: "Collective leave for Eid al-Fitr 1447 H" },
  { date: "2026-04-03", kind: "NATIONAL", nameId: "Wafat Yesus Kristus", nameEn: "Good Friday" },
  { date: "2026-04-05", kind: "NATIONAL", nameId: "Kebangkitan Yesus Kristus (Paskah)", nameEn: "Easter Sunday" },
  { date: "2026-05-01", kind: "NATIONAL", nameId: "Hari Buruh Internasional", nameEn: "International Labour Day" },
  { date: "2026-05-14", kind: "NATIONAL", nameId: "Kenaikan Yesus Kristus", nameEn: "Ascension of Jesus Christ" },
  { date: "2026-05-15", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Kenaikan Yesus Kristus", nameEn: "Collective leave for the Ascension of Jesus Christ" },
  { date: "2026-05-27", kind: "NATIONAL", nameId: "Idul Adha 1447 H", nameEn: "Eid al-Adha 1447 H" },
  { date: "2026-05-28", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Adha 1447 H", nameEn: "Collective leave for Eid al-Adha 1447 H" },
  { date: "2026-05-31", kind: "NATIONAL", nameId: "Hari Raya Waisak 2570 BE", nameEn: "Vesak Day 2570 BE" },
  { date: "2026-06-01", kind: "NATIONAL", nameId: "Hari Lahir Pancasila", nameEn: "Pancasila Day" },
  { date: "2026-06-16", kind: "NATIONAL", nameId: "Tahun Baru Islam 1448 H", nameEn: "Islamic New Year 1448 H" },
  { date: "2026-08-17", kind: "NATIONAL", nameId: "Hari Kemerdekaan Republik Indonesia", nameEn: "Independence Day" },
  { date: "2026-08-25", kind: "NATIONAL", nameId: "Maulid Nabi Muhammad SAW", nameEn: "Birthday of the Prophet Muhammad" },
  { date: "2026-12-24", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Hari Raya Natal", nameEn: "Collective leave for Christmas" },
  { date: "2026-12-25", kind: "NATIONAL", nameId: "Hari Raya Natal", nameEn: "Christmas Day" },
  // 2027 (projected)
  { date: "2027-01-01", kind: "NATIONAL", nameId: "Tahun Baru 2027 Masehi", nameEn: "New Year's Day 2027" },
  { date: "2027-01-05", kind: "NATIONAL", nameId: "Isra Mikraj Nabi Muhammad SAW", nameEn: "Ascension of the Prophet Muhammad" },
  { date: "2027-02-06", kind: "NATIONAL", nameId: "Tahun Baru Imlek 2578 Kongzili", nameEn: "Chinese New Year 2578" },
  { date: "2027-03-08", kind: "NATIONAL", nameId: "Hari Suci Nyepi (Tahun Baru Saka 1949)", nameEn: "Day of Silence (Saka New Year 1949)" },
  { date: "2027-03-09", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1448 H", nameEn: "Collective leave for Eid al-Fitr 1448 H" },
  { date: "2027-03-10", kind: "NATIONAL", nameId: "Idul Fitri 1448 H", nameEn: "Eid al-Fitr 1448 H" },
  { date: "2027-03-11", kind: "NATIONAL", nameId: "Idul Fitri 1448 H (hari kedua)", nameEn: "Eid al-Fitr 1448 H (second day)" },
  { date: "2027-03-12", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1448 H", nameEn: "Collective leave for Eid al-Fitr 1448 H" },
  { date: "2027-03-15", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Idul Fitri 1448 H", nameEn: "Collective leave for Eid al-Fitr 1448 H" },
  { date: "2027-03-26", kind: "NATIONAL", nameId: "Wafat Yesus Kristus", nameEn: "Good Friday" },
  { date: "2027-03-28", kind: "NATIONAL", nameId: "Kebangkitan Yesus Kristus (Paskah)", nameEn: "Easter Sunday" },
  { date: "2027-05-01", kind: "NATIONAL", nameId: "Hari Buruh Internasional", nameEn: "International Labour Day" },
  { date: "2027-05-06", kind: "NATIONAL", nameId: "Kenaikan Yesus Kristus", nameEn: "Ascension of Jesus Christ" },
  { date: "2027-05-07", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Kenaikan Yesus Kristus", nameEn: "Collective leave for the Ascension of Jesus Christ" },
  { date: "2027-05-17", kind: "NATIONAL", nameId: "Idul Adha 1448 H", nameEn: "Eid al-Adha 1448 H" },
  { date: "2027-05-20", kind: "NATIONAL", nameId: "Hari Raya Waisak 2571 BE", nameEn: "Vesak Day 2571 BE" },
  { date: "2027-06-01", kind: "NATIONAL", nameId: "Hari Lahir Pancasila", nameEn: "Pancasila Day" },
  { date: "2027-06-06", kind: "NATIONAL", nameId: "Tahun Baru Islam 1449 H", nameEn: "Islamic New Year 1449 H" },
  { date: "2027-08-15", kind: "NATIONAL", nameId: "Maulid Nabi Muhammad SAW", nameEn: "Birthday of the Prophet Muhammad" },
  { date: "2027-08-17", kind: "NATIONAL", nameId: "Hari Kemerdekaan Republik Indonesia", nameEn: "Independence Day" },
  { date: "2027-12-24", kind: "COLLECTIVE_LEAVE", nameId: "Cuti bersama Hari Raya Natal", nameEn: "Collective leave for Christmas" },
  { date: "2027-12-25", kind: "NATIONAL", nameId: "Hari Raya Natal", nameEn: "Christmas Day" },
];
