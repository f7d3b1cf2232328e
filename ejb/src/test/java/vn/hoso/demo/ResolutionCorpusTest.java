package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled resolutions are NFD Markdown; what the generator prints must be clean NFC text. */
class ResolutionCorpusTest {

  @Test
  void plainTextIsNfcWithoutMarkdown() {
    for (String f : ResolutionCorpus.files()) {
      String t = ResolutionCorpus.plainText(f);
      assertTrue(Normalizer.isNormalized(t, Normalizer.Form.NFC), f);
      for (String bad : List.of("**", "\\", "+--", "| ", "---")) {
        assertFalse(t.contains(bad), f + " still contains " + bad);
      }
      assertTrue(t.contains("QUYẾT NGHỊ:"), f);
      assertTrue(t.contains("Điều 1."), f);
      assertTrue(t.contains("Trần Thanh Mẫn"), f + ": the signer");
    }
  }

  @Test
  void headerAndNumberAreParsed() {
    ResolutionCorpus.Resolution r = ResolutionCorpus.parse("1685_NQ-UBTVQH15.md");
    assertEquals("1685", r.number());
    assertEquals("1685/NQ-UBTVQH15", r.notation());
    assertEquals(List.of("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "Số: 1685/NQ-UBTVQH15"), r.headerLeft());
    assertEquals(
        "Hà Nội, ngày 16 tháng 6 năm 2025", r.headerRight().get(r.headerRight().size() - 1));
    assertTrue(r.title().startsWith("VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"));
    assertTrue(r.recipients().get(0).startsWith("Nơi nhận"));
    assertTrue(r.body().stream().anyMatch(p -> p.text().contains("phường Sài Gòn")));
  }
}
