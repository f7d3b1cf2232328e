package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchFixture.doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is typed gives a normal answer, quickly: syntax is never interpreted. */
class HostileQueryTest {

  @TempDir static Path index;
  static SearchFixture fx;

  @BeforeAll
  static void load() throws Exception {
    fx = new SearchFixture(index);
    for (int i = 0; i < 30; i++) {
      fx.document(doc("Quyết định số " + i + " về đất đai của phường Diên Hồng, năm 2015."));
    }
  }

  @AfterAll
  static void close() {
    fx.close();
  }

  @Test
  void hostileInputGivesANormalAnswer() {
    List<String> inputs = new ArrayList<>();
    inputs.addAll(
        List.of(
            "*",
            "?",
            "~",
            "\"",
            "\"đất đai",
            "(((((",
            "(".repeat(5000) + "đất" + ")".repeat(10),
            "/[a-z]+.*/",
            "đ?t~2 AND (ph* OR \"d\"~5)^10",
            "field:value text:đất",
            "\\\\u0000\u0000\u202e",
            "-",
            "- - -đất",
            "*:*"));
    inputs.add(IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")));
    inputs.add("đất ".repeat(25_000)); // 100 KB
    for (String q : inputs) {
      long t0 = System.nanoTime();
      SearchResults r = assertDoesNotThrow(() -> fx.search(q, Viewer.anonymous()), abbreviate(q));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(r.total() >= 0 && r.total() <= 30, abbreviate(q) + " → " + r.total());
      assertTrue(ms < 5_000, abbreviate(q) + " took " + ms + " ms");
    }
  }

  @Test
  void syntaxIsNotInterpreted() {
    assertEquals(0, fx.search("*:*", Viewer.anonymous()).total(), "no match-all by syntax");
    assertEquals(30, fx.search("", Viewer.anonymous()).total(), "an empty query lists everything");
    assertEquals(30, fx.search("(((đất", Viewer.anonymous()).total());
    assertEquals(0, fx.search("đất -đất", Viewer.anonymous()).total());
    assertTrue(
        fx.search("w1 ".repeat(10_000), Viewer.anonymous()).query().notices().isEmpty()
            || fx.search("w1 ".repeat(10_000), Viewer.anonymous()).total() == 0);
  }

  @Test
  void pagesBeyondTheLastAreClampedNotErrors() {
    SearchResults r =
        fx.search(SearchRequest.of("đất").withPage(Integer.MAX_VALUE), Viewer.anonymous());
    assertEquals(SearchRequest.MAX_PAGE, r.page());
    assertEquals(0, r.hits().size());
    SearchResults second =
        fx.search(new SearchRequest("đất", false, null, null, 2, 20), Viewer.anonymous());
    assertEquals(10, second.hits().size());
    assertEquals(2, second.pageCount());
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "… (" + s.length() + " chars)" : s;
  }
}
