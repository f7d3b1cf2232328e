package vn.hoso.requests;

/**
 * Where a copy request stands. Open states: SUBMITTED (received, waiting for a clerk), IN_REVIEW (a
 * clerk took it), NEEDS_INFO (the clerk asked the requester for more). Then PREPARED (the copy, or
 * a notice that no record was found, waits for a signer) and ISSUED (signed, ready to download).
 * Closed without a copy: REJECTED, WITHDRAWN.
 */
public enum RequestState {
  SUBMITTED,
  IN_REVIEW,
  NEEDS_INFO,
  PREPARED,
  ISSUED,
  REJECTED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_INFO;
  }
}
