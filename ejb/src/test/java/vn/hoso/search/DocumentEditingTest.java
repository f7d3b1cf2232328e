package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoso.search.SearchFixture.doc;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;
import vn.hoso.audit.AuditActions;
import vn.hoso.audit.AuditEntry;
import vn.hoso.audit.AuditLogs;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.DocumentEditor;
import vn.hoso.records.RecordsOutsideServer;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;

/**
 * An archivist's correction of a document's metadata, with the database and the Lucene index as the
 * server runs them: the edit and its reindex mark commit together, the pages are reindexed after
 * the commit and the mark removed; a stale version is refused; marks left behind (the server killed
 * between commit and index write) are found by the index check and repaired at start.
 */
class DocumentEditingTest {

  static final Actor ARCHIVIST = staff(7, "Lê Thị Lưu", Set.of("27169"), Role.ARCHIVIST);
  static final Actor OTHER_UNIT = staff(8, "Trần Văn Khác", Set.of("26734"), Role.ARCHIVIST);

  @TempDir Path index;
  SearchFixture fx;
  long id;

  static Actor staff(long id, String name, Set<String> units, Role... roles) {
    return new Actor(id, name, Account.Kind.STAFF, Set.of(roles), units, null, null);
  }

  @BeforeEach
  void load() throws Exception {
    fx = new SearchFixture(index);
    id =
        fx.document(
            doc("Trang một của văn bản về đất đai.", "Trang hai, chữ ký và con dấu.")
                .summary("Quyết định giao đất cho hộ ông Nguyễn Văn An"));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  /** The metadata the fixture gave, with another summary and access level. */
  static Document.Metadata metadata(String summary, AccessLevel access) {
    return new Document.Metadata(
        "Quyết định", "12", null, "UBND", LocalDate.of(2015, 6, 1), summary, access);
  }

  static Document.Metadata metadata(String summary) {
    return metadata(summary, AccessLevel.PUBLIC);
  }

  /** Commits an edit as the server's first transaction does, without the reindex that follows. */
  DocumentEditor.EditableDocument commitEdit(
      Actor actor, int version, Document.Metadata m, boolean confirmed) {
    return fx.inTransaction(
        em ->
            RecordsOutsideServer.revisions(em, AuditLogs.on(em), SearchFixture.pendingOn(em))
                .revise(actor, id, version, m, confirmed));
  }

  /** The edit as the server runs it: commit, then the pages reindexed and the mark removed. */
  DocumentEditor.EditableDocument edit(Actor actor, int version, Document.Metadata m) {
    DocumentEditor.EditableDocument saved = commitEdit(actor, version, m, true);
    assertEquals(1, fx.pendingInOwnTransactions().reindex(id), "the edit's mark is removed");
    return saved;
  }

  List<Long> found(String query) {
    return fx.search(query, Viewer.staff(Set.of("27169"))).hits().stream()
        .map(SearchResults.Hit::documentId)
        .distinct()
        .toList();
  }

  List<AuditEntry> audit() {
    return fx.inTransaction(
        em ->
            em.createQuery("select e from AuditEntry e order by e.seq", AuditEntry.class)
                .getResultList());
  }

  @Test
  void anEditIsSearchableOnceReindexedAfterCommitAndItsMarkIsThenRemoved() {
    assertEquals(List.of(id), found("\"giao đất\""));
    commitEdit(ARCHIVIST, 0, metadata("Quyết định thu hồi đất của bà Trần Thị Bình"), true);
    // committed with its mark, and kept out of the automatic indexing of its own transaction
    assertEquals(1, fx.marks());
    assertEquals(List.of(), found("\"thu hoi dat\""), "not yet in the index");
    assertEquals(List.of(id), found("\"giao đất\""), "the index still has the old summary");

    assertEquals(1, fx.pendingInOwnTransactions().reindex(id));
    assertEquals(0, fx.marks());
    assertEquals(List.of(id), found("\"thu hoi dat\""));
    assertEquals(List.of(), found("\"giao đất\""), "the old summary is found no more");
    assertTrue(fx.admin().check().agree(), fx.admin().check().toString());
  }

  @Test
  void eachChangedFieldIsAuditedWithItsOldAndNewValue() {
    edit(
        ARCHIVIST,
        0,
        new Document.Metadata(
            "Quyết định",
            "15",
            null,
            "UBND phường 14",
            LocalDate.of(2015, 6, 1),
            "Quyết định giao đất cho hộ ông Nguyễn Văn An",
            AccessLevel.PUBLIC));
    List<AuditEntry> entries = audit();
    assertEquals(
        List.of(AuditActions.DOCUMENT_EDITED, AuditActions.DOCUMENT_EDITED),
        entries.stream().map(AuditEntry::getAction).toList());
    String code = fx.inTransaction(em -> em.find(Document.class, id).getCode());
    assertEquals("Số văn bản (" + code + "): “12” → “15”", entries.get(0).getDetails());
    assertEquals(
        "Cơ quan ban hành (" + code + "): “UBND” → “UBND phường 14”", entries.get(1).getDetails());
    assertEquals(Long.toString(id), entries.get(0).getTargetId());
    assertEquals("27169", entries.get(0).getUnitCode());
    assertEquals("Lê Thị Lưu", entries.get(0).getActorLabel());
  }

  @Test
  void aStaleVersionIsRefusedAndNothingIsOverwritten() {
    DocumentEditor.EditableDocument first =
        edit(ARCHIVIST, 0, metadata("Bản của người thứ nhất", AccessLevel.PUBLIC));
    assertEquals(1, first.version());
    int entries = audit().size();
    Conflict c =
        assertThrows(
            Conflict.class,
            () -> commitEdit(ARCHIVIST, 0, metadata("Bản của người thứ hai"), true));
    assertTrue(c.getMessage().contains("vừa được người khác sửa"), c.getMessage());
    assertEquals(
        "Bản của người thứ nhất", fx.inTransaction(em -> em.find(Document.class, id).getSummary()));
    assertEquals(entries, audit().size(), "a refused edit leaves no audit entry");
    assertEquals(0, fx.marks(), "nor a mark");
  }

  @Test
  void twoArchivistsSavingAtOnceTheSecondIsRefused() {
    // the second archivist's screen loaded version 0 before the first one saved
    EntityManager second = fx.emf().createEntityManager();
    try {
      second.getTransaction().begin();
      second.find(Document.class, id);
      edit(ARCHIVIST, 0, metadata("Bản của người thứ nhất", AccessLevel.PUBLIC));
      assertThrows(
          Conflict.class,
          () ->
              RecordsOutsideServer.revisions(
                      second, AuditLogs.on(second), SearchFixture.pendingOn(second))
                  .revise(ARCHIVIST, id, 0, metadata("Bản của người thứ hai"), true));
    } finally {
      second.getTransaction().rollback();
      second.close();
    }
    assertEquals(
        "Bản của người thứ nhất", fx.inTransaction(em -> em.find(Document.class, id).getSummary()));
    assertEquals(0, fx.marks());
  }

  @Test
  void refusedFieldsAreNamedInVietnameseAndTextIsStoredNfc() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                commitEdit(
                    ARCHIVIST,
                    0,
                    new Document.Metadata(
                        "  ",
                        "1".repeat(101),
                        null,
                        "UBND",
                        LocalDate.now().plusDays(2),
                        "Trích yếu",
                        AccessLevel.PUBLIC),
                    true));
    assertEquals(
        List.of("typeName", "number", "issuedDate"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
    assertTrue(e.problems().get(0).message().startsWith("Loại văn bản:"), e.problems().toString());
    assertTrue(e.problems().get(1).message().startsWith("Số văn bản:"), e.problems().toString());
    assertTrue(e.problems().get(2).message().startsWith("Ngày ban hành:"), e.problems().toString());
    assertEquals(0, fx.marks());

    String nfd = Normalizer.normalize("  Quyết   định   công nhận  ", Normalizer.Form.NFD);
    edit(ARCHIVIST, 0, metadata(nfd, AccessLevel.PUBLIC));
    assertEquals(
        "Quyết định công nhận", fx.inTransaction(em -> em.find(Document.class, id).getSummary()));
    assertEquals(List.of(id), found("\"Quyết định công nhận\""));
  }

  @Test
  void aChangeOfAccessLevelNeedsConfirmationAndChangesWhoFindsTheDocument() {
    assertTrue(fx.search("\"giao đất\"", Viewer.anonymous()).total() > 0);
    Document.Metadata secret =
        metadata("Quyết định giao đất cho hộ ông Nguyễn Văn An", AccessLevel.CONFIDENTIAL);
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> commitEdit(ARCHIVIST, 0, secret, false));
    assertEquals("access", e.problems().get(0).field());
    assertTrue(e.problems().get(0).message().contains("“công khai” sang “mật”"), e.getMessage());

    edit(ARCHIVIST, 0, secret);
    assertEquals(
        0, fx.search("\"giao đất\"", Viewer.anonymous()).total(), "hidden from the public");
    assertEquals(List.of(id), found("\"giao đất\""), "staff of the unit still find it");
    AuditEntry entry = audit().get(0);
    assertEquals(AuditActions.DOCUMENT_ACCESS_CHANGED, entry.getAction());
    assertTrue(entry.getDetails().endsWith("công khai → mật"), entry.getDetails());
  }

  @Test
  void onlyArchivistsOfTheHoldingUnitMayEdit() {
    Document.Metadata m = metadata("Sửa bởi người không có quyền", AccessLevel.PUBLIC);
    for (Actor outsider :
        List.of(
            OTHER_UNIT,
            new Actor(9, "Người dân", Account.Kind.RESIDENT, Set.of(), Set.of(), null, null))) {
      Forbidden f = assertThrows(Forbidden.class, () -> commitEdit(outsider, 0, m, true));
      assertTrue(f.hidesExistence(), "another unit's document does not exist for " + outsider);
      Forbidden read =
          assertThrows(
              Forbidden.class,
              () ->
                  fx.inTransaction(
                      em ->
                          RecordsOutsideServer.revisions(
                                  em, AuditLogs.on(em), SearchFixture.pendingOn(em))
                              .read(outsider, id)));
      assertTrue(read.hidesExistence());
    }
    Actor clerk = staff(10, "Phạm Văn Một Cửa", Set.of("27169"), Role.CLERK);
    Forbidden f = assertThrows(Forbidden.class, () -> commitEdit(clerk, 0, m, true));
    assertFalse(f.hidesExistence(), "a clerk of the unit sees the document but may not edit it");
    assertEquals(0, fx.marks());
    assertEquals(List.of(), audit());
  }

  @Test
  void marksLeftBehindAreReportedByTheCheckAndRepairedAtStart() {
    // the server dies between the edit's commit and its index write
    commitEdit(ARCHIVIST, 0, metadata("Quyết định thu hồi đất của bà Trần Thị Bình"), true);
    SearchIndexAdmin.Check check = fx.admin().check();
    assertFalse(check.agree());
    assertEquals(1, check.pendingReindex());
    assertEquals(List.of(id), check.sampledPendingDocuments());
    assertEquals(2, check.sampledStalePages().size(), "both pages describe the old summary");
    assertEquals(check.databasePages(), check.indexedPages(), "counts alone would not tell");

    SearchIndexRecovery recovery = new SearchIndexRecovery();
    recovery.admin = fx.admin();
    recovery.em = fx.emf().createEntityManager();
    try {
      recovery.verify();
    } finally {
      recovery.em.close();
    }
    SearchIndexRecovery.Recovery done = recovery.lastRecovery().orElseThrow();
    assertEquals(1, done.found().pendingReindex(), "the recovery saw the difference first");
    assertEquals(1, done.documentsReindexed());
    assertFalse(done.rebuilt(), "exactly the edited document was reindexed, not the whole index");
    assertEquals(0, fx.marks());
    assertTrue(fx.admin().check().agree());
    assertEquals(List.of(id), found("\"thu hoi dat\""));
    assertEquals(List.of(), found("\"giao đất\""));
  }

  @Test
  void anEntryWrittenFromAnOlderStateIsFoundByItsFingerprintAndARebuildRepairsIt() {
    assertTrue(fx.admin().check().agree(), "fingerprints agree after ingest");
    // a change behind the portal's back (no mark, no automatic indexing)
    fx.run(
        em ->
            em.createNativeQuery("update document set summary = 'Sửa thẳng trong cơ sở dữ liệu'")
                .executeUpdate());
    // and a mark whose index write a rebuild covers as well
    commitEdit(ARCHIVIST, 0, metadata("Sửa thẳng trong cơ sở dữ liệu"), true);
    SearchIndexAdmin.Check check = fx.admin().check();
    assertFalse(check.agree());
    assertEquals(2, check.sampledStalePages().size(), check.toString());

    SearchIndexAdmin admin = fx.admin();
    assertTrue(admin.startRebuild("test"));
    admin.rebuild();
    assertEquals(null, admin.progress().error());
    assertEquals(0, fx.marks(), "the rebuild covered the mark");
    assertTrue(fx.admin().check().agree());
  }
}
