package vn.hoso.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone changed the thing since this screen or tool read it (two clerks on one request, two
 * archivists on one document, the requester withdrawing while a clerk works): nothing was changed
 * by this action; reload and decide again. Pages show the message, the API answers 409.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
