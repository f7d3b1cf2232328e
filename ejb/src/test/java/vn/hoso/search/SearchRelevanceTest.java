package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchFixture.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people type finds what they mean: folded and exact forms, NFD text, phrases, typos. */
class SearchRelevanceTest {

  @TempDir static Path index;
  static SearchFixture fx;
  static long duc;
  static long duc2;
  static long nfd;
  static long phraseAdjacent;
  static long phraseApart;
  static long typo;
  static long landKept;
  static long landLost;

  @BeforeAll
  static void load() throws Exception {
    fx = new SearchFixture(index);
    duc = fx.document(doc("Giấy khai sinh của Nguyễn Văn Đức, sinh năm 1990 tại xã Hòa An."));
    duc2 = fx.document(doc("Trường trung học Giáo Dục thường xuyên của huyện."));
    // real NFD text from the corpus: a resolution page as the contractor supplied it
    Path corpus = Path.of("..", "..", "shared", "data", "corpus");
    String nfdText;
    try (var files = Files.walk(corpus)) {
      Path first =
          files
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
              .filter(SearchRelevanceTest::hasNfd)
              .sorted()
              .findFirst()
              .orElseThrow(() -> new AssertionError("no NFD text in " + corpus));
      nfdText = Files.readString(first);
    }
    String sample = nfdText.substring(0, Math.min(nfdText.length(), 4000));
    assertTrue(!Normalizer.isNormalized(sample, Normalizer.Form.NFC), "the sample is NFD");
    nfd = fx.document(doc(sample + "\nQuyết định sắp xếp đơn vị hành chính cấp xã"));
    phraseAdjacent = fx.document(doc("Đăng ký kết hôn giữa hai bên tại Ủy ban nhân dân."));
    phraseApart = fx.document(doc("Kết quả đăng ký: hôn nhân chưa được ghi vào sổ."));
    typo = fx.document(doc("Trích lục hộ tịch: Nguyễn Thị Hoàng Lan, thường trú tại phường."));
    // the same words, one page with its diacritics and one whose scan lost them (and says more)
    landKept = fx.document(doc("Hồ sơ giao đất đai cho hộ gia đình."));
    landLost =
        fx.document(
            doc(
                "Ho so tranh chap dat dai giua cac ho gia dinh trong thon, chua duoc giai quyet,"
                    + " kem theo bien ban lam viec cua to hoa giai o co so."));
  }

  @AfterAll
  static void close() {
    fx.close();
  }

  private static boolean hasNfd(Path p) {
    try {
      String s = Files.readString(p);
      return !Normalizer.isNormalized(s, Normalizer.Form.NFC);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static List<Long> docs(String q) {
    return docs(SearchRequest.of(q));
  }

  private static List<Long> docs(SearchRequest r) {
    return fx.search(r, Viewer.anonymous()).hits().stream()
        .map(SearchResults.Hit::documentId)
        .toList();
  }

  @Test
  void withoutDiacriticsFindsBothFormsAndTheExactFormRanksFirst() {
    List<Long> folded = docs("duc");
    assertTrue(folded.containsAll(List.of(duc, duc2)), folded.toString());
    List<Long> exact = docs("Đức");
    assertTrue(exact.containsAll(List.of(duc, duc2)), "Đức also finds Dục folded: " + exact);
    assertEquals(duc, exact.get(0), "the exact diacritics rank first");
    assertEquals(duc2, docs("Dục").get(0));
  }

  @Test
  void aNameTypedWithoutDiacriticsFindsIt() {
    List<Long> found = docs("nguyen van duc");
    assertEquals(duc, found.get(0), found.toString());
    assertEquals(List.of(duc), docs("\"nguyen van duc\""));
  }

  @Test
  void nfdTextIsFoundByNfcAndFoldedQueries() {
    assertTrue(docs("sắp xếp đơn vị hành chính").contains(nfd));
    assertTrue(docs("\"sap xep don vi hanh chinh\"").contains(nfd));
    String nfdQuery = Normalizer.normalize("hành chính", Normalizer.Form.NFD);
    assertTrue(docs(nfdQuery).contains(nfd), "an NFD query too");
  }

  @Test
  void phrasesMatchOnlyAdjacentSyllables() {
    List<Long> words = docs("đăng ký kết hôn");
    assertTrue(words.containsAll(List.of(phraseAdjacent, phraseApart)), words.toString());
    assertEquals(phraseAdjacent, words.get(0), "adjacent words rank first");
    assertEquals(List.of(phraseAdjacent), docs("\"đăng ký kết hôn\""));
    assertEquals(List.of(phraseAdjacent), docs("\"ket hon\""));
    assertEquals(List.of(phraseApart), docs("\"dang ky\" -\"ket hon\" hon"));
  }

  @Test
  void aPhraseTypedWithoutDiacriticsPrefersNoForm() {
    // typed as on a phone, the phrase says nothing about diacritics: the page that lost them ranks
    // by what it holds, not above the page that kept them
    assertEquals(List.of(landKept, landLost), docs("\"dat dai\""));
    assertEquals(List.of(landKept, landLost), docs("\"đất đai\""));
  }

  @Test
  void aOneCharacterOcrErrorIsFoundWithFuzzyOnly() {
    assertEquals(List.of(), docs("Hoàmg"), "no typo tolerance by default");
    List<Long> fuzzy = docs(SearchRequest.of("Hoàmg Lan").withFuzzy(true));
    assertEquals(List.of(typo), fuzzy);
  }

  @Test
  void snippetsHighlightTheMatchedWords() {
    SearchResults r = fx.search("nguyen van duc", Viewer.anonymous());
    var snippet = r.hits().get(0).snippet();
    List<String> hits =
        snippet.stream().filter(Highlighter.Segment::hit).map(Highlighter.Segment::text).toList();
    assertEquals(List.of("Nguyễn", "Văn", "Đức"), hits);
  }

  @Test
  void anEditOfMetadataIsSearchableAfterCommit() {
    long id = fx.document(doc("Trang văn bản bình thường.").summary("Quyết định cũ"));
    assertEquals(List.of(), docs("\"biên bản nghiệm thu\""));
    fx.run(
        em -> {
          vn.hoso.records.Document d = em.find(vn.hoso.records.Document.class, id);
          d.revise(
              new vn.hoso.records.Document.Metadata(
                  d.getTypeName(),
                  d.getNumber(),
                  d.getNotation(),
                  d.getIssuingOrgan(),
                  d.getIssuedDate(),
                  "Biên bản nghiệm thu công trình",
                  d.getAccess()),
              java.time.LocalDate.now());
        });
    assertEquals(List.of(id), docs("\"bien ban nghiem thu\""));
  }
}
