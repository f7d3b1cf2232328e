package vn.hoso.requests;

import jakarta.ejb.ApplicationException;

/**
 * Someone changed the request since this screen loaded it (two clerks at once, or the requester
 * withdrawing while a clerk works): nothing was changed by this action; reload and decide again.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
