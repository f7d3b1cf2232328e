package vn.hoso.ingest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A handover as the archivist and the API see it: state and progress, counts, and every problem
 * with the file, row and column concerned.
 */
public record HandoverReport(
    long id,
    String state,
    String currentStep,
    String externalId,
    String originUnit,
    String receivingUnit,
    String sourceOrganization,
    LocalDate baggingDate,
    String manifestSha256,
    Progress progress,
    Counts counts,
    List<Problem> problems,
    String receivedBy,
    Instant receivedAt,
    Instant finishedAt,
    boolean receipt) {

  public record Progress(int pagesDone, int pagesTotal) {}

  public record Counts(
      int dossiersStored,
      int dossiersRefused,
      int documentsStored,
      int pagesStored,
      int pagesRefused,
      int pagesDuplicate,
      int pagesFlagged) {}

  /** {@code severity}: PACKAGE_REFUSED, DOSSIER_REFUSED or WARNING. */
  public record Problem(
      String severity,
      String code,
      String file,
      Integer row,
      String column,
      String dossierCode,
      String message) {}

  /** Thread-safe and costly to create: one for the application. */
  static final Jsonb JSONB = JsonbBuilder.create();

  private static final Type PROBLEM_LIST =
      new ArrayList<Problem>() {}.getClass().getGenericSuperclass();

  public static HandoverReport of(Handover h) {
    return new HandoverReport(
        h.getId(),
        h.getState().name(),
        h.getCurrentStep(),
        h.getExternalId(),
        h.getOriginLevel() == null ? null : h.getOriginLevel() + ":" + h.getOriginCode(),
        h.getReceivingCode(),
        h.getSourceOrganization(),
        h.getBaggingDate(),
        h.getManifestSha256(),
        new Progress(h.getPagesDone(), h.getPagesTotal()),
        new Counts(
            h.getDossiersStored(),
            h.getDossiersRefused(),
            h.getDocumentsStored(),
            h.getPagesStored(),
            h.getPagesRefused(),
            h.getPagesDuplicate(),
            h.getPagesFlagged()),
        problems(h.getProblemsJson()),
        h.getReceivedBy(),
        h.getReceivedAt(),
        h.getFinishedAt(),
        h.getReceiptSha256() != null);
  }

  static List<Problem> problems(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSONB.fromJson(json, PROBLEM_LIST);
    } catch (JsonbException e) {
      throw new IllegalStateException("unreadable problem list", e);
    }
  }

  static String toJson(List<Problem> problems) {
    return JSONB.toJson(problems);
  }
}
