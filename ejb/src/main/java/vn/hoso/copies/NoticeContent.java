package vn.hoso.copies;

import java.time.Instant;
import java.util.Objects;
import vn.hoso.copies.CopyContent.Unit;

/**
 * What a "no record found" notice says: which request was searched for, by whom, and who answers.
 *
 * @param code the notice's verification code (printed and in the QR code's link)
 * @param registerNo the notice's number in the issuing unit's register for {@code registerYear}
 * @param requestReference the request's reference as the requester knows it
 * @param soughtKind what kind of record was asked for ("Trích lục khai sinh", "Hồ sơ đất đai"…)
 * @param soughtDescription what the requester described (names, years, places)
 * @param clerkName the clerk who searched and prepared the notice
 */
public record NoticeContent(
    String code,
    Unit issuingUnit,
    int registerNo,
    int registerYear,
    Instant issuedAt,
    String requesterName,
    String requestReference,
    Instant receivedAt,
    String soughtKind,
    String soughtDescription,
    String clerkName,
    String signerName,
    String signerTitle,
    String verifyUrl) {

  public NoticeContent {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(issuingUnit, "issuingUnit");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
  }

  /** "Số: 7/2026/TB — Quyển số: 01/2026": the notice's entry in the unit's register. */
  public String registerLabel() {
    return CopyContent.registerLabel(registerNo, registerYear, "TB");
  }
}
