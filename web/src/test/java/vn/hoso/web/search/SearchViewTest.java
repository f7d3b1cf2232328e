package vn.hoso.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.search.Highlighter.Segment;

class SearchViewTest {

  @Test
  void snippetMarksTheQueryWords() {
    assertEquals(
        "… đăng ký <mark>kết hôn</mark> ngày 12/3",
        SearchView.snippetHtml(
            List.of(
                new Segment("… đăng ký ", false),
                new Segment("kết hôn", true),
                new Segment(" ngày 12/3", false))));
  }

  @Test
  void snippetTextIsEscapedWhateverTheScanSaid() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>&lt;b&gt;&#39;</mark>",
        SearchView.snippetHtml(
            List.of(
                new Segment("<script>alert(\"x\")</script> & ", false),
                new Segment("<b>'", true))));
    assertEquals("", SearchView.snippetHtml(List.of()));
  }
}
