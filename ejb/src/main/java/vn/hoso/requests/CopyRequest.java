package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request for a certified copy (yêu cầu cấp bản sao). The entity guards its own life: each change
 * is a method that refuses to run from a state it does not belong to, so no screen or API can move
 * a request where the rules do not allow.
 */
@Entity
@Table(name = "copy_request")
public class CopyRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String reference;

  @Column(name = "requester_id", nullable = false)
  private long requesterId;

  @Column(name = "document_id")
  private Long documentId;

  private String description;

  @Column(name = "holding_unit", nullable = false)
  private String holdingUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Relation relation;

  @Column(name = "subject_name")
  private String subjectName;

  @Column(name = "subject_deceased", nullable = false)
  private boolean subjectDeceased;

  @Column(nullable = false)
  private int copies;

  @Column(nullable = false)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Column(name = "post_address")
  private String postAddress;

  @Column(name = "fee_rule", nullable = false)
  private String feeRule;

  @Column(name = "fee_pages", nullable = false)
  private int feePages;

  @Column(name = "fee_vnd", nullable = false)
  private long feeVnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method", nullable = false)
  private PaymentMethod paymentMethod;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "paid_confirmed_by")
  private Long paidConfirmedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestState state;

  @Column(name = "assigned_to")
  private Long assignedTo;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "confirm_by", nullable = false)
  private Instant confirmBy;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "prepared_pages")
  private String preparedPages;

  @Column(name = "prepared_at")
  private Instant preparedAt;

  @Column(name = "prepared_by")
  private Long preparedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome = Outcome.COPY;

  @Column(name = "closed_reason")
  private String closedReason;

  @Version private int version;

  protected CopyRequest() {}

  CopyRequest(Draft d, String reference, Instant receivedAt, Instant confirmBy, Instant dueAt) {
    this.reference = reference;
    this.requesterId = d.requesterId();
    this.documentId = d.documentId();
    this.description = d.description();
    this.holdingUnit = d.holdingUnit();
    this.relation = d.relation();
    this.subjectName = d.subjectName();
    this.subjectDeceased = d.subjectDeceased();
    this.copies = d.copies();
    this.purpose = d.purpose();
    this.delivery = d.delivery();
    this.postAddress = d.postAddress();
    this.feeRule = d.feeRule();
    this.feePages = d.feePages();
    this.feeVnd = d.feeVnd();
    this.paymentMethod = d.paymentMethod();
    this.state = RequestState.SUBMITTED;
    this.receivedAt = receivedAt;
    this.confirmBy = confirmBy;
    this.dueAt = dueAt;
  }

  /** The checked content of a new request. */
  record Draft(
      long requesterId,
      Long documentId,
      String description,
      String holdingUnit,
      Relation relation,
      String subjectName,
      boolean subjectDeceased,
      int copies,
      String purpose,
      Delivery delivery,
      String postAddress,
      String feeRule,
      int feePages,
      long feeVnd,
      PaymentMethod paymentMethod) {}

  /**
   * What the clerk prepared for the signer: a copy of the record, or a "no record found" notice.
   */
  public enum Outcome {
    COPY,
    NO_RECORD
  }

  /** A transition the request's state does not allow. */
  public static final class IllegalTransition extends RuntimeException {
    IllegalTransition(String message) {
      super(message);
    }
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalTransition(message);
    }
  }

  private void requireOpen(String what) {
    require(
        state.isOpen(), "Không thể " + what + ": yêu cầu đã ở trạng thái cuối (" + state + ").");
  }

  void take(long clerkId) {
    requireOpen("nhận xử lý");
    require(
        assignedTo == null || assignedTo == clerkId, "Yêu cầu này đã có cán bộ khác nhận xử lý.");
    require(state != RequestState.NEEDS_INFO, "Yêu cầu đang chờ người yêu cầu bổ sung.");
    assignedTo = clerkId;
    state = RequestState.IN_REVIEW;
  }

  void askForInformation(long clerkId) {
    require(state == RequestState.IN_REVIEW, "Chỉ yêu cầu bổ sung khi đang xem xét yêu cầu.");
    requireAssigned(clerkId);
    state = RequestState.NEEDS_INFO;
  }

  void answered() {
    require(state == RequestState.NEEDS_INFO, "Yêu cầu không chờ bổ sung thông tin.");
    state = RequestState.IN_REVIEW;
  }

  void markPaid(long clerkId, Instant at) {
    requireOpen("ghi nhận lệ phí");
    require(paidAt == null, "Lệ phí đã được ghi nhận trước đó.");
    paidAt = at;
    paidConfirmedBy = clerkId;
  }

  void reject(long clerkId, String reason) {
    requireOpen("từ chối");
    require(reason != null && !reason.isBlank(), "Cần nêu lý do từ chối.");
    closedReason = reason;
    if (assignedTo == null) {
      assignedTo = clerkId;
    }
    state = RequestState.REJECTED;
  }

  void prepare(long clerkId, List<Integer> pages, Instant at) {
    require(state == RequestState.IN_REVIEW, "Chỉ chuẩn bị bản sao khi đang xem xét yêu cầu.");
    requireAssigned(clerkId);
    require(documentId != null, "Yêu cầu chưa gắn với tài liệu nào.");
    require(isPaid(), "Chưa ghi nhận lệ phí: hãy ghi nhận đã nộp trước khi chuẩn bị bản sao.");
    require(pages != null && !pages.isEmpty(), "Chọn ít nhất một trang.");
    preparedPages = pages.stream().map(String::valueOf).collect(Collectors.joining(","));
    preparedAt = at;
    preparedBy = clerkId;
    outcome = Outcome.COPY;
    state = RequestState.PREPARED;
  }

  /**
   * The clerk searched and found no record matching a described request: the signer will sign a
   * notice saying so. A request naming a record it holds cannot end this way.
   */
  void prepareNoRecord(long clerkId, Instant at) {
    require(state == RequestState.IN_REVIEW, "Chỉ lập thông báo khi đang xem xét yêu cầu.");
    requireAssigned(clerkId);
    require(
        documentId == null,
        "Yêu cầu đã gắn với một tài liệu; không thể thông báo là không tìm thấy.");
    preparedPages = null;
    preparedAt = at;
    preparedBy = clerkId;
    outcome = Outcome.NO_RECORD;
    state = RequestState.PREPARED;
  }

  /** A signer signed what was prepared; never the clerk who prepared it. */
  void issue(long signerId) {
    require(state == RequestState.PREPARED, "Chỉ ký khi bản sao đã được chuẩn bị và chưa ký.");
    require(
        preparedBy != null && preparedBy != signerId,
        "Người chuẩn bị bản sao không được tự ký bản sao đó; cần một lãnh đạo khác ký.");
    state = RequestState.ISSUED;
  }

  void attachRecord(long clerkId, long documentId, String feeRule, int feePages, long feeVnd) {
    require(state == RequestState.IN_REVIEW, "Chỉ gắn tài liệu khi đang xem xét yêu cầu.");
    requireAssigned(clerkId);
    require(paidAt == null, "Lệ phí đã thu theo tài liệu cũ; không đổi tài liệu được nữa.");
    this.documentId = documentId;
    this.feeRule = feeRule;
    this.feePages = feePages;
    this.feeVnd = feeVnd;
  }

  void withdraw(String reason) {
    requireOpen("rút yêu cầu");
    closedReason = reason;
    state = RequestState.WITHDRAWN;
  }

  private void requireAssigned(long clerkId) {
    require(
        assignedTo != null && assignedTo == clerkId,
        "Chỉ cán bộ đã nhận xử lý yêu cầu mới làm được việc này. Hãy bấm \"Nhận xử lý\" trước.");
  }

  /** Paid, or nothing to pay for a known record; a described request's fee is not known yet. */
  public boolean isPaid() {
    return paidAt != null || (feeVnd == 0 && documentId != null);
  }

  /** The fee is known: the request names its record. */
  public boolean isFeeKnown() {
    return documentId != null;
  }

  public boolean isOverdueAt(Instant now) {
    return state.isOpen() && now.isAfter(dueAt);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public long getRequesterId() {
    return requesterId;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getDescription() {
    return description;
  }

  public String getHoldingUnit() {
    return holdingUnit;
  }

  public Relation getRelation() {
    return relation;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public boolean isSubjectDeceased() {
    return subjectDeceased;
  }

  public int getCopies() {
    return copies;
  }

  public String getPurpose() {
    return purpose;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getPostAddress() {
    return postAddress;
  }

  public String getFeeRule() {
    return feeRule;
  }

  public int getFeePages() {
    return feePages;
  }

  public long getFeeVnd() {
    return feeVnd;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public RequestState getState() {
    return state;
  }

  public Long getAssignedTo() {
    return assignedTo;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getConfirmBy() {
    return confirmBy;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getPreparedPages() {
    return preparedPages;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public Long getPreparedBy() {
    return preparedBy;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  /** The page numbers the clerk chose, in order. */
  public java.util.List<Integer> getPreparedPageNumbers() {
    if (preparedPages == null || preparedPages.isBlank()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(preparedPages.split(",")).map(Integer::valueOf).toList();
  }

  public String getClosedReason() {
    return closedReason;
  }

  public int getVersion() {
    return version;
  }
}
