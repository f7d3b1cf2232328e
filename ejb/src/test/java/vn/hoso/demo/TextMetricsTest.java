package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

  @Test
  void levenshteinCountsCodePoints() {
    assertEquals(0, TextMetrics.levenshtein("Đức", "Đức"));
    assertEquals(1, TextMetrics.levenshtein("Đức", "Dức"));
    assertEquals(3, TextMetrics.levenshtein("", "abc"));
    assertEquals(3, TextMetrics.levenshtein("kitten", "sitting"));
  }

  @Test
  void characterErrorRateNormalisesUnicodeAndWhitespace() {
    String nfd = java.text.Normalizer.normalize("Nguyễn Văn Đức", java.text.Normalizer.Form.NFD);
    assertEquals(0.0, TextMetrics.characterErrorRate("Nguyễn Văn Đức", nfd));
    assertEquals(0.0, TextMetrics.characterErrorRate("a b\nc", "  a   b c\f"));
    // One lost diacritic in 14 characters.
    assertEquals(
        1 / 14.0, TextMetrics.characterErrorRate("Nguyễn Văn Đức", "Nguyễn Văn Đuc"), 1e-9);
    assertEquals(0.0, TextMetrics.characterErrorRate("", ""));
    assertEquals(1.0, TextMetrics.characterErrorRate("", "x"));
  }

  @Test
  void wordErrorRate() {
    assertEquals(1 / 3.0, TextMetrics.wordErrorRate("Nguyễn Văn Đức", "Nguyễn Văn Đuc"), 1e-9);
    assertEquals(0.0, TextMetrics.wordErrorRate("Nguyễn  Văn\nĐức", "Nguyễn Văn Đức"));
  }
}
