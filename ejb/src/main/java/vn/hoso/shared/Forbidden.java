package vn.hoso.shared;

import jakarta.ejb.ApplicationException;

/**
 * The actor may not do this, or may not know that the thing exists. Pages and the API answer 404
 * for something outside the actor's reach (never revealing that it exists) and 403 for an action
 * their role does not allow on something they can see.
 */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

  private final boolean hide;

  private Forbidden(String message, boolean hide) {
    super(message);
    this.hide = hide;
  }

  /** Answer as if it did not exist. */
  public static Forbidden notFound() {
    return new Forbidden("Không tìm thấy.", true);
  }

  public static Forbidden because(String message) {
    return new Forbidden(message, false);
  }

  public boolean hidesExistence() {
    return hide;
  }
}
