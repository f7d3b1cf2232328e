package vn.hoso.ingest;

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
import java.time.LocalDate;

/**
 * One handover package received from an old unit (bàn giao), and how far its ingest went. The state
 * only moves forward: RECEIVED → CHECKING → STORING → COMPLETED, or to REFUSED (the package failed
 * a package-level check) or FAILED (the server could not finish; an archivist may restart it).
 */
@Entity
@Table(name = "handover")
public class Handover {

  public enum State {
    RECEIVED,
    CHECKING,
    STORING,
    COMPLETED,
    REFUSED,
    FAILED;

    boolean isFinal() {
      return this == COMPLETED || this == REFUSED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "origin_level")
  private String originLevel;

  @Column(name = "origin_code")
  private String originCode;

  @Column(name = "receiving_code")
  private String receivingCode;

  @Column(name = "source_organization")
  private String sourceOrganization;

  @Column(name = "bagging_date")
  private LocalDate baggingDate;

  @Column(name = "manifest_sha256")
  private String manifestSha256;

  @Column(name = "package_path")
  private String packagePath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "current_step")
  private String currentStep;

  @Column(name = "pages_total")
  private int pagesTotal;

  @Column(name = "pages_done")
  private int pagesDone;

  @Column(name = "dossiers_stored")
  private int dossiersStored;

  @Column(name = "dossiers_refused")
  private int dossiersRefused;

  @Column(name = "documents_stored")
  private int documentsStored;

  @Column(name = "pages_stored")
  private int pagesStored;

  @Column(name = "pages_refused")
  private int pagesRefused;

  @Column(name = "pages_duplicate")
  private int pagesDuplicate;

  @Column(name = "pages_flagged")
  private int pagesFlagged;

  @Column(name = "problems_json", columnDefinition = "text")
  private String problemsJson;

  @Column(name = "received_by", nullable = false)
  private String receivedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "receipt_sha256")
  private String receiptSha256;

  @Version private int version;

  protected Handover() {}

  public Handover(String packagePath, String receivedBy, Instant receivedAt) {
    this.packagePath = packagePath;
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
    this.state = State.RECEIVED;
  }

  /**
   * The package passed its package-level checks: what it says of itself, and the pages still to
   * store.
   */
  public void checked(
      String externalId,
      String originLevel,
      String originCode,
      String receivingCode,
      String sourceOrganization,
      LocalDate baggingDate,
      String manifestSha256,
      int dossiersRefused,
      int pagesRefused,
      int pagesTotal,
      String problemsJson) {
    requireState(State.CHECKING);
    this.externalId = externalId;
    this.originLevel = originLevel;
    this.originCode = originCode;
    this.receivingCode = receivingCode;
    this.sourceOrganization = sourceOrganization;
    this.baggingDate = baggingDate;
    this.manifestSha256 = manifestSha256;
    this.dossiersRefused = dossiersRefused;
    this.pagesRefused = pagesRefused;
    this.pagesTotal = pagesTotal;
    this.problemsJson = problemsJson;
    this.state = State.STORING;
    this.currentStep = "store";
  }

  public void movedPackage(String path) {
    requireState(State.RECEIVED);
    this.packagePath = path;
  }

  public void startChecking(long jobExecutionId) {
    if (state != State.RECEIVED && state != State.FAILED && state != State.CHECKING) {
      throw new IllegalStateException("Handover " + id + " cannot be checked in state " + state);
    }
    this.jobExecutionId = jobExecutionId;
    this.state = State.CHECKING;
    this.currentStep = "check";
  }

  public void refuse(String problemsJson, Instant at) {
    requireState(State.CHECKING);
    this.problemsJson = problemsJson;
    this.state = State.REFUSED;
    this.currentStep = null;
    this.finishedAt = at;
  }

  /** One dossier stored whole: its documents and pages, of which some were files already held. */
  public void dossierStored(int documents, int pages, int duplicates, int flagged) {
    requireState(State.STORING);
    this.dossiersStored++;
    this.documentsStored += documents;
    this.pagesStored += pages;
    this.pagesDone += pages;
    this.pagesDuplicate += duplicates;
    this.pagesFlagged += flagged;
  }

  /**
   * A dossier that passed the check but whose pages could not all be read: nothing of it is stored.
   */
  public void dossierFailed(String problemJson) {
    requireState(State.STORING);
    this.dossiersRefused++;
    this.problemsJson =
        problemsJson == null || problemsJson.isBlank() || problemsJson.equals("[]")
            ? "[" + problemJson + "]"
            : problemsJson.substring(0, problemsJson.lastIndexOf(']')) + "," + problemJson + "]";
  }

  public void complete(Instant at, String receiptSha256) {
    requireState(State.STORING);
    this.receiptSha256 = receiptSha256;
    this.state = State.COMPLETED;
    this.currentStep = null;
    this.finishedAt = at;
  }

  public void fail(Instant at) {
    if (!state.isFinal()) {
      this.state = State.FAILED;
      this.finishedAt = at;
    }
  }

  public void restarted(long jobExecutionId) {
    if (state != State.FAILED && state != State.STORING && state != State.CHECKING) {
      throw new IllegalStateException("Handover " + id + " cannot be restarted in state " + state);
    }
    this.jobExecutionId = jobExecutionId;
    this.state = externalId == null ? State.CHECKING : State.STORING;
    this.finishedAt = null;
  }

  private void requireState(State expected) {
    if (state != expected) {
      throw new IllegalStateException("Handover " + id + " is " + state + ", not " + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public State getState() {
    return state;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getOriginLevel() {
    return originLevel;
  }

  public String getOriginCode() {
    return originCode;
  }

  public String getReceivingCode() {
    return receivingCode;
  }

  public String getSourceOrganization() {
    return sourceOrganization;
  }

  public LocalDate getBaggingDate() {
    return baggingDate;
  }

  public String getManifestSha256() {
    return manifestSha256;
  }

  public String getPackagePath() {
    return packagePath;
  }

  public String getCurrentStep() {
    return currentStep;
  }

  public int getPagesTotal() {
    return pagesTotal;
  }

  public int getPagesDone() {
    return pagesDone;
  }

  public int getDossiersStored() {
    return dossiersStored;
  }

  public int getDossiersRefused() {
    return dossiersRefused;
  }

  public int getDocumentsStored() {
    return documentsStored;
  }

  public int getPagesStored() {
    return pagesStored;
  }

  public int getPagesRefused() {
    return pagesRefused;
  }

  public int getPagesDuplicate() {
    return pagesDuplicate;
  }

  public int getPagesFlagged() {
    return pagesFlagged;
  }

  public String getProblemsJson() {
    return problemsJson;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getReceiptSha256() {
    return receiptSha256;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }
}
