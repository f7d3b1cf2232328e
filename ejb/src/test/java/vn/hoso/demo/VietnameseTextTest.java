package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void numbersInWords() {
    assertEquals("hai nghìn không trăm mười chín", VietnameseText.number(2019));
    assertEquals("một nghìn chín trăm chín mươi lăm", VietnameseText.number(1995));
    assertEquals("hai mươi mốt", VietnameseText.number(21));
    assertEquals("hai mươi tư", VietnameseText.number(24));
    assertEquals("mười lăm", VietnameseText.number(15));
    assertEquals("một trăm linh năm", VietnameseText.number(105));
    assertEquals("một trăm triệu", VietnameseText.number(100_000_000));
    assertEquals("một tỷ hai trăm triệu", VietnameseText.number(1_200_000_000));
  }

  @Test
  void datesAsOfficesWriteThem() {
    LocalDate d = LocalDate.of(2019, 2, 5);
    assertEquals("ngày 05 tháng 02 năm 2019", VietnameseText.longDate(d));
    assertEquals("ngày 16 tháng 6 năm 2025", VietnameseText.longDate(LocalDate.of(2025, 6, 16)));
    assertEquals("05/02/2019", VietnameseText.shortDate(d));
    assertEquals(
        "ngày mười hai, tháng tư, năm hai nghìn không trăm hai mươi",
        VietnameseText.dateInWords(LocalDate.of(2020, 4, 12)));
  }

  @Test
  void placeNames() {
    assertEquals("Phường 14", VietnameseText.placeName("Phường 14"));
    assertEquals("Trúc Bạch", VietnameseText.placeName("Phường Trúc Bạch"));
    assertEquals("Củ Chi", VietnameseText.placeName("Huyện Củ Chi"));
    assertEquals("100.000.000", VietnameseText.money(100_000_000));
    assertEquals("85,4", VietnameseText.decimal(85.4));
  }
}
