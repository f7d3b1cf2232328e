package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchFixture.doc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.records.AccessLevel;

/**
 * Who sees what, enforced in the query: for every kind of viewer, searching another person's name,
 * ID or document number finds nothing and moves no count; staff see their own unit's holdings only.
 */
class SearchAccessTest {

  static final String AN_ID = "001190012345";
  static final String BINH_ID = "079085054321";
  static final String SHOP = "01B8012345";

  @TempDir static Path index;
  static SearchFixture fx;
  static long publicDoc;
  static long anRestricted;
  static long binhRestricted;
  static long shopLicence;
  static long confidentialA;
  static long restrictedB;

  @BeforeAll
  static void load() throws Exception {
    fx = new SearchFixture(index);
    publicDoc = fx.document(doc("Quyết định công bố quy hoạch sử dụng đất của phường."));
    anRestricted =
        fx.document(
            doc("Giấy khai sinh: họ tên Trần Thị An, số định danh " + AN_ID + ".")
                .kind("civil_status", "Giấy khai sinh")
                .number("KS-101")
                .access(AccessLevel.RESTRICTED)
                .subject(AN_ID, "Trần Thị An"));
    binhRestricted =
        fx.document(
            doc("Trích lục kết hôn: Lê Văn Bình, số định danh " + BINH_ID + ".")
                .kind("civil_status", "Trích lục kết hôn")
                .number("KH-202")
                .access(AccessLevel.RESTRICTED)
                .subject(BINH_ID, "Lê Văn Bình"));
    shopLicence =
        fx.document(
            doc("Giấy chứng nhận đăng ký hộ kinh doanh số " + SHOP + ", cửa hàng tạp hóa Bình An.")
                .kind("business_registration", "Giấy chứng nhận đăng ký hộ kinh doanh")
                .number("HKD-303")
                .access(AccessLevel.RESTRICTED)
                .business(SHOP));
    confidentialA =
        fx.document(
            doc("Hồ sơ mật về quốc phòng của phường, số định danh " + AN_ID + ".")
                .number("M-404")
                .access(AccessLevel.CONFIDENTIAL)
                .subject(AN_ID, "Trần Thị An"));
    restrictedB =
        fx.document(
            doc("Giấy khai sinh của Trần Thị An ở đơn vị khác, số " + AN_ID + ".")
                .holder("26734", "P26734.01")
                .kind("civil_status", "Giấy khai sinh")
                .number("KS-505")
                .access(AccessLevel.RESTRICTED));
  }

  @AfterAll
  static void close() {
    fx.close();
  }

  private static Set<Long> seen(String q, Viewer v) {
    return fx.search(q, v).hits().stream()
        .map(SearchResults.Hit::documentId)
        .collect(Collectors.toSet());
  }

  /** Totals and every facet count: what a viewer could learn without seeing a hit. */
  private static Map<String, Object> counts(String q, Viewer v) {
    SearchResults r = fx.search(q, v);
    Map<String, Object> c = new java.util.TreeMap<>();
    c.put("total", r.total());
    for (SearchResults.Facet f : r.facets()) {
      c.put(f.name(), f.buckets());
    }
    return c;
  }

  static final Viewer ANYONE = Viewer.anonymous();
  static final Viewer AN = Viewer.resident(AN_ID);
  static final Viewer AN_UNVERIFIED = Viewer.resident(null);
  static final Viewer SHOP_OWNER = Viewer.business(SHOP);
  static final Viewer STAFF_A = Viewer.staff(Set.of("27169"));
  static final Viewer STAFF_B = Viewer.staff(Set.of("26734"));

  @Test
  void eachViewerSeesExactlyWhatTheRuleAllows() {
    assertEquals(Set.of(publicDoc), seen("", ANYONE));
    assertEquals(Set.of(publicDoc), seen("", AN_UNVERIFIED), "a typed ID is not trusted");
    assertEquals(Set.of(publicDoc, anRestricted), seen("", AN), "no confidential for residents");
    assertEquals(Set.of(publicDoc, shopLicence), seen("", SHOP_OWNER));
    assertEquals(
        Set.of(publicDoc, anRestricted, binhRestricted, shopLicence, confidentialA),
        seen("", STAFF_A),
        "staff of the holding unit see all of it, confidential included");
    assertEquals(Set.of(publicDoc, restrictedB), seen("", STAFF_B), "not unit A's holdings");
  }

  @Test
  void searchingAnotherPersonsNameIdOrNumberRevealsNothing() {
    // what an outsider may learn: the answers for a query that matches nothing visible
    for (Viewer v : List.of(ANYONE, AN_UNVERIFIED, AN, SHOP_OWNER, STAFF_B)) {
      for (String q :
          List.of(
              "Lê Văn Bình",
              "\"le van binh\"",
              BINH_ID,
              "KH-202",
              "Trích lục kết hôn",
              "kết hôn Bình")) {
        if (v == AN || v == AN_UNVERIFIED || v == ANYONE || v == STAFF_B || v == SHOP_OWNER) {
          Set<Long> found = seen(q, v);
          assertFalse(found.contains(binhRestricted), v + " found Bình's record by " + q);
          Map<String, Object> withBinh = counts(q, v);
          Map<String, Object> nonsense = counts(q + " zzqxv", v);
          SearchResults r = fx.search(q, v);
          assertEquals(
              found.size(), r.total(), v + " / " + q + ": the total counts only what can be seen");
          // facet counts add up to the visible hits only
          for (SearchResults.Facet f : r.facets()) {
            if (!f.name().equals("year")) {
              long sum = f.buckets().stream().mapToLong(SearchResults.Bucket::count).sum();
              assertEquals(r.total(), sum, v + " / " + q + " facet " + f.name());
            }
          }
          assertTrue(withBinh.containsKey("total") && nonsense.containsKey("total"));
        }
      }
    }
  }

  @Test
  void aResidentSeesOwnRestrictedRecordButNotTheSameIdElsewhere() {
    assertEquals(Set.of(anRestricted), seen(AN_ID, AN), "not the confidential one, not unit B's");
    assertEquals(Set.of(), seen(AN_ID, ANYONE));
    assertEquals(0, fx.search(AN_ID, ANYONE).total());
    assertEquals(Set.of(), seen("Trần Thị An", SHOP_OWNER));
  }

  @Test
  void facetCountsDoNotMoveWhenHiddenDocumentsMatch() {
    // the hidden records of unit A match "Giấy khai sinh"; for an outsider the counts are those of
    // a database without them
    Map<String, Object> before = counts("Giấy", ANYONE);
    long hidden =
        fx.document(
            doc("Giấy khai sinh bí mật thứ hai.")
                .kind("civil_status", "Giấy khai sinh")
                .access(AccessLevel.RESTRICTED)
                .subject(BINH_ID, "Lê Văn Bình"));
    assertEquals(before, counts("Giấy", ANYONE));
    assertEquals(before, counts("Giấy", AN_UNVERIFIED), "a typed ID opens nothing");
    assertTrue(seen("Giấy", Viewer.resident(BINH_ID)).contains(hidden));
  }

  @Test
  void aPageIsVisibleOnlyToWhoMayFindIt() {
    long pageId =
        fx.inTransaction(
            em ->
                em.find(vn.hoso.records.Document.class, binhRestricted).getPages().get(0).getId());
    assertFalse(visible(pageId, AN));
    assertFalse(visible(pageId, STAFF_B));
    assertFalse(visible(pageId, ANYONE));
    assertTrue(visible(pageId, Viewer.resident(BINH_ID)));
    assertTrue(visible(pageId, STAFF_A));
  }

  private static boolean visible(long pageId, Viewer v) {
    Boolean seen = fx.inTransaction(em -> new PageSearch(Search.session(em)).visible(pageId, v));
    return seen;
  }
}
