package vn.hoso.units;

import jakarta.ejb.ApplicationException;

/**
 * An old address that cannot be looked up as typed: nothing in it, or far longer than any address.
 */
@ApplicationException(rollback = true)
public class InvalidAddressException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public enum Reason {
    EMPTY,
    TOO_LONG
  }

  private final Reason reason;
  private final int length;

  public InvalidAddressException(Reason reason, int length) {
    super(
        reason == Reason.EMPTY
            ? "The address is empty."
            : "The address has "
                + length
                + " characters; at most "
                + UnitDirectory.MAX_ADDRESS_LENGTH
                + " are accepted.");
    this.reason = reason;
    this.length = length;
  }

  public Reason reason() {
    return reason;
  }

  public int length() {
    return length;
  }
}
