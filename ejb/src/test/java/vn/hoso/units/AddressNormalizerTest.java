package vn.hoso.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressNormalizerTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void decomposedInputGivesTheSameKeysAsComposed() {
    String nfc = "Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội";
    assertNotEquals(nfc, nfd(nfc));
    assertEquals(nfc, AddressNormalizer.nfc(nfd(nfc)));
    assertEquals(AddressNormalizer.foldKey(nfc), AddressNormalizer.foldKey(nfd(nfc)));
    assertEquals(AddressNormalizer.exactKey(nfc), AddressNormalizer.exactKey(nfd(nfc)));
    assertEquals(
        "phuong hang bac quan hoan kiem thanh pho ha noi", AddressNormalizer.foldKey(nfd(nfc)));
    assertEquals(
        "phường hàng bạc quận hoàn kiếm thành phố hà nội", AddressNormalizer.exactKey(nfd(nfc)));
  }

  @Test
  void toneMarkPlacementVariantsShareTheExactKey() {
    String[][] pairs = {
      {"Hoà", "Hòa"},
      {"Thuỵ", "Thụy"},
      {"Khoá", "Khóa"},
      {"Thuý", "Thúy"},
      {"Hoè", "Hòe"},
      {"khoẻ", "khỏe"},
      {"Yên Hoà", "Yên Hòa"},
      {"HOÀ BÌNH", "hòa bình"},
      {"Tuỳ", "Tùy"},
      {"hoạ", "họa"},
    };
    for (String[] p : pairs) {
      assertEquals(
          AddressNormalizer.exactKey(p[0]), AddressNormalizer.exactKey(p[1]), p[0] + " / " + p[1]);
      assertEquals(
          AddressNormalizer.exactKey(p[0]),
          AddressNormalizer.exactKey(nfd(p[1])),
          p[0] + " / NFD " + p[1]);
    }
    assertEquals("hòa", AddressNormalizer.exactKey("Hoà"));
  }

  @Test
  void exactKeyKeepsMeaningfulDiacritics() {
    // two communes of one district (Hoằng Hóa, Thanh Hóa) differ only here
    assertNotEquals(
        AddressNormalizer.exactKey("Hoằng Phú"), AddressNormalizer.exactKey("Hoằng Phụ"));
    assertEquals(AddressNormalizer.foldKey("Hoằng Phú"), AddressNormalizer.foldKey("Hoằng Phụ"));
    // vowel marks and the tone of marked vowels stay where they are
    for (String w :
        List.of(
            "quốc", "giường", "hưởng", "rượu", "khuyết", "ngoài", "khuỷu", "quý", "gì", "thuở",
            "Nguyễn")) {
      assertEquals(w.toLowerCase(), AddressNormalizer.exactKey(w), w);
    }
  }

  @Test
  void dBarFoldsToD() {
    assertEquals("dong da", AddressNormalizer.foldKey("Đống Đa"));
    assertEquals("dak lak", AddressNormalizer.foldKey("ĐẮK LẮK"));
    assertEquals("đống đa", AddressNormalizer.exactKey("ĐỐNG ĐA"));
    // the look-alike Icelandic eth, typed by some keyboards
    assertEquals("dong da", AddressNormalizer.foldKey("Ðống Ða"));
    assertEquals("đống đa", AddressNormalizer.exactKey("Ðống Ða"));
  }

  @Test
  void punctuationAndSpacesCollapse() {
    assertEquals("p 14 q 10 tp hcm", AddressNormalizer.foldKey("  P.14,   Q.10 ,TP.HCM  "));
    assertEquals("p 14 q 10 tp hcm", AddressNormalizer.foldKey("P14 Q10 TP HCM"));
    assertEquals("ba ria vung tau", AddressNormalizer.foldKey("Bà Rịa - Vũng Tàu"));
    assertEquals("phuong 1", AddressNormalizer.foldKey("Phường 01"));
  }

  @Test
  void controlCharactersAreDropped() {
    String s = "Phư\u0000ờng\u0007 Bến\u200B Thành\tQuận\r\n1\u001B";
    assertEquals("phuong ben thanh quan 1", AddressNormalizer.foldKey(s));
    String n = AddressNormalizer.nfc(s);
    assertFalse(n.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL), n);
    assertEquals("", AddressNormalizer.foldKey("\u0000\u0001\u0002"));
    assertEquals("", AddressNormalizer.nfc(null));
    assertEquals("", AddressNormalizer.foldKey(null));
    assertEquals("", AddressNormalizer.exactKey(null));
    assertEquals("", AddressNormalizer.foldKey("   "));
  }

  @Test
  void veryLongInputIsHandledQuickly() {
    String longText = "Phường Hoà Bình ".repeat(700).substring(0, 10_000);
    String combining = "a" + "\u0301".repeat(9_999);
    String oneWord = "x".repeat(10_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertTrue(AddressNormalizer.foldKey(longText).startsWith("phuong hoa binh phuong"));
          assertTrue(AddressNormalizer.exactKey(longText).startsWith("phường hòa bình phường"));
          assertEquals("a", AddressNormalizer.foldKey(combining));
          AddressNormalizer.exactKey(combining);
          assertTrue(AddressNormalizer.foldKey(oneWord).length() <= 10_000);
          AddressNormalizer.nfc(nfd(longText));
        });
  }

  @Test
  void htmlAndSqlLookingTextIsJustText() {
    assertEquals("script alert 1 script", AddressNormalizer.foldKey("<script>alert(1)</script>"));
    assertEquals("or 1 1", AddressNormalizer.foldKey("' OR 1=1 --"));
    assertEquals("x drop table units", AddressNormalizer.foldKey("x'); DROP TABLE units;--"));
    assertEquals("<script>alert(1)</script>", AddressNormalizer.nfc("<script>alert(1)</script>"));
  }

  @Test
  void tokensSplitLettersFromDigitsAndMarkParts() {
    List<AddressNormalizer.Token> t = AddressNormalizer.tokens("P14, Q.010 TP.HCM");
    assertEquals(
        List.of("p", "14", "q", "10", "tp", "hcm"),
        t.stream().map(AddressNormalizer.Token::fold).toList());
    assertEquals(
        List.of(true, false, true, false, false, false),
        t.stream().map(AddressNormalizer.Token::segStart).toList());
  }
}
