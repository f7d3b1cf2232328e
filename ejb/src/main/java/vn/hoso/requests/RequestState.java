package vn.hoso.requests;

/**
 * Where a copy request stands. Open states: SUBMITTED (received, waiting for a clerk), IN_REVIEW (a
 * clerk took it), NEEDS_INFO (the clerk asked the requester for more). Final here: PREPARED (the
 * copy is ready for signing — the next stage), REJECTED, WITHDRAWN.
 */
public enum RequestState {
  SUBMITTED,
  IN_REVIEW,
  NEEDS_INFO,
  PREPARED,
  REJECTED,
  WITHDRAWN;

  public boolean isOpen() {
    return this == SUBMITTED || this == IN_REVIEW || this == NEEDS_INFO;
  }
}
