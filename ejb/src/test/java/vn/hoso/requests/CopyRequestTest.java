package vn.hoso.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.Actor;
import vn.hoso.accounts.Role;

/**
 * The request's life, on the entity itself: each transition from the states it belongs to, and a
 * refusal (with a reason a person can read) from every other state.
 */
class CopyRequestTest {

  private static final long CLERK = 7;
  private static final long OTHER_CLERK = 8;
  private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

  private static CopyRequest request(long fee) {
    return request(42L, null, FeeRule.CERTIFIED_COPY, fee);
  }

  /** A request naming a record ({@code documentId}) or describing one ({@code description}). */
  private static CopyRequest request(Long documentId, String description, String rule, long fee) {
    return new CopyRequest(
        new CopyRequest.Draft(
            1,
            documentId,
            description,
            "26737",
            Relation.SELF,
            null,
            false,
            1,
            "xin việc",
            Delivery.DOWNLOAD,
            null,
            rule,
            2,
            fee,
            PaymentMethod.COUNTER),
        "HS-2026-000001",
        NOW,
        NOW.plusSeconds(8 * 3600),
        NOW.plusSeconds(6 * 3600));
  }

  private static Actor clerk(long id) {
    return new Actor(
        id, "Cán bộ", Account.Kind.STAFF, Set.of(Role.CLERK), Set.of("26737"), null, null);
  }

  @Test
  void theUsualPathEndsPrepared() {
    CopyRequest r = request(4000);
    assertEquals(RequestEvent.Kind.TAKEN, new RequestCommand.Take().apply(r, clerk(CLERK), NOW));
    assertEquals(RequestState.IN_REVIEW, r.getState());
    new RequestCommand.AskForInformation("Bổ sung").apply(r, clerk(CLERK), NOW);
    assertEquals(RequestState.NEEDS_INFO, r.getState());
    new RequestCommand.Answer("Đây", List.of()).apply(r, null, NOW);
    assertEquals(RequestState.IN_REVIEW, r.getState());
    new RequestCommand.MarkPaid().apply(r, clerk(CLERK), NOW);
    assertTrue(r.isPaid());
    new RequestCommand.Prepare(List.of(1, 2)).apply(r, clerk(CLERK), NOW);
    assertEquals(RequestState.PREPARED, r.getState());
    assertEquals("1,2", r.getPreparedPages());
    assertEquals(CLERK, r.getPreparedBy());
  }

  @Test
  void aSignerOtherThanThePreparerIssues() {
    CopyRequest r = request(4000);
    new RequestCommand.Take().apply(r, clerk(CLERK), NOW);
    new RequestCommand.MarkPaid().apply(r, clerk(CLERK), NOW);
    // not yet prepared: nothing to sign
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.issue(OTHER_CLERK));
    new RequestCommand.Prepare(List.of(2, 1)).apply(r, clerk(CLERK), NOW);
    assertEquals(List.of(2, 1), r.getPreparedPageNumbers());
    CopyRequest.IllegalTransition own =
        assertThrows(CopyRequest.IllegalTransition.class, () -> r.issue(CLERK));
    assertTrue(own.getMessage().contains("không được tự ký"), own.getMessage());
    assertEquals(RequestState.PREPARED, r.getState());
    assertEquals(
        RequestEvent.Kind.ISSUED,
        new RequestCommand.Sign("Số 1/2026").apply(r, clerk(OTHER_CLERK), NOW));
    assertEquals(RequestState.ISSUED, r.getState());
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.issue(OTHER_CLERK));
    assertEquals(Role.SIGNER, new RequestCommand.Sign(null).role());
  }

  @Test
  void noRecordFoundOnlyForADescribedRequest() {
    CopyRequest named = request(4000);
    new RequestCommand.Take().apply(named, clerk(CLERK), NOW);
    assertThrows(CopyRequest.IllegalTransition.class, () -> named.prepareNoRecord(CLERK, NOW));
    assertEquals(RequestState.IN_REVIEW, named.getState());

    CopyRequest described =
        request(
            null,
            "Giấy khai sinh của tôi, đăng ký năm 1990 tại xã cũ",
            FeeRule.CIVIL_STATUS_EXTRACT,
            0);
    assertThrows(CopyRequest.IllegalTransition.class, () -> described.prepareNoRecord(CLERK, NOW));
    new RequestCommand.Take().apply(described, clerk(CLERK), NOW);
    assertThrows(
        CopyRequest.IllegalTransition.class, () -> described.prepareNoRecord(OTHER_CLERK, NOW));
    assertEquals(
        RequestEvent.Kind.NO_RECORD,
        new RequestCommand.PrepareNoRecord("Đã tra sổ 1988-1992")
            .apply(described, clerk(CLERK), NOW));
    assertEquals(RequestState.PREPARED, described.getState());
    assertEquals(CopyRequest.Outcome.NO_RECORD, described.getOutcome());
    assertEquals(List.of(), described.getPreparedPageNumbers());
  }

  @Test
  void preparingNeedsThePaidFeeAndTheClerkWhoTookIt() {
    CopyRequest r = request(4000);
    r.take(CLERK);
    var unpaid =
        assertThrows(CopyRequest.IllegalTransition.class, () -> r.prepare(CLERK, List.of(1), NOW));
    assertTrue(unpaid.getMessage().contains("lệ phí"), unpaid.getMessage());
    r.markPaid(CLERK, NOW);
    var other =
        assertThrows(
            CopyRequest.IllegalTransition.class, () -> r.prepare(OTHER_CLERK, List.of(1), NOW));
    assertTrue(other.getMessage().contains("Nhận xử lý"), other.getMessage());
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.prepare(CLERK, List.of(), NOW));
    r.prepare(CLERK, List.of(1), NOW);
    assertEquals(RequestState.PREPARED, r.getState());
  }

  @Test
  void aFreeRequestNeedsNoPayment() {
    CopyRequest r = request(0);
    assertTrue(r.isPaid());
  }

  @Test
  void anotherClerkCannotTakeATakenRequest() {
    CopyRequest r = request(4000);
    r.take(CLERK);
    var e = assertThrows(CopyRequest.IllegalTransition.class, () -> r.take(OTHER_CLERK));
    assertTrue(e.getMessage().contains("cán bộ khác"), e.getMessage());
    r.take(CLERK); // taking again one's own is harmless
    assertEquals(CLERK, r.getAssignedTo());
  }

  @Test
  void finalStatesRefuseEverything() {
    CopyRequest rejected = request(4000);
    rejected.reject(CLERK, "Không đúng đối tượng");
    CopyRequest withdrawn = request(4000);
    withdrawn.withdraw(null);
    CopyRequest prepared = request(0);
    prepared.take(CLERK);
    prepared.prepare(CLERK, List.of(1), NOW);
    for (CopyRequest r : List.of(rejected, withdrawn, prepared)) {
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.take(CLERK));
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.askForInformation(CLERK));
      assertThrows(CopyRequest.IllegalTransition.class, r::answered);
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.markPaid(CLERK, NOW));
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.reject(CLERK, "x"));
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.withdraw(null));
      assertThrows(CopyRequest.IllegalTransition.class, () -> r.prepare(CLERK, List.of(1), NOW));
    }
  }

  @Test
  void answeringWhenNobodyAskedIsRefused() {
    CopyRequest r = request(4000);
    assertThrows(CopyRequest.IllegalTransition.class, r::answered);
    r.take(CLERK);
    assertThrows(CopyRequest.IllegalTransition.class, r::answered);
  }

  @Test
  void aRejectionNeedsAReason() {
    CopyRequest r = request(4000);
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.reject(CLERK, " "));
    assertEquals(RequestState.SUBMITTED, r.getState());
  }

  @Test
  void theFeeIsRecordedOnce() {
    CopyRequest r = request(4000);
    r.markPaid(CLERK, NOW);
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.markPaid(CLERK, NOW));
  }

  @Test
  void aFoundRecordCanBeAttachedOnlyBeforePayment() {
    CopyRequest r = request(0);
    r.take(CLERK);
    r.attachRecord(CLERK, 99, FeeRule.CIVIL_STATUS_EXTRACT, 2, 8000);
    assertEquals(99L, r.getDocumentId());
    assertEquals(8000, r.getFeeVnd());
    r.markPaid(CLERK, NOW);
    assertThrows(CopyRequest.IllegalTransition.class, () -> r.attachRecord(CLERK, 100, "X", 1, 1));
  }

  @Test
  void everyCommandDeclaresWhoMayIssueIt() {
    assertEquals(Role.CLERK, new RequestCommand.Take().role());
    assertEquals(Role.CLERK, new RequestCommand.AskForInformation("?").role());
    assertEquals(Role.CLERK, new RequestCommand.MarkPaid().role());
    assertEquals(Role.CLERK, new RequestCommand.Reject("x").role());
    assertEquals(Role.CLERK, new RequestCommand.Prepare(List.of(1)).role());
    assertEquals(Role.CLERK, new RequestCommand.AttachRecord(1, "X", 1, 1, "").role());
    assertNull(new RequestCommand.Answer("x", null).role());
    assertNull(new RequestCommand.Withdraw(null).role());
  }

  @Test
  void overdueOnlyWhileOpen() {
    CopyRequest r = request(0);
    assertTrue(r.isOverdueAt(NOW.plusSeconds(7 * 3600)));
    r.withdraw(null);
    assertTrue(!r.isOverdueAt(NOW.plusSeconds(7 * 3600)));
  }
}
