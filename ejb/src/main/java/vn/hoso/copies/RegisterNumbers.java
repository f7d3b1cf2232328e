package vn.hoso.copies;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link RegisterBook} in the server: the row opened in a transaction of its own. */
@Stateless
public class RegisterNumbers {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(String unitCode, int year) {
    RegisterBook.open(em, unitCode, year);
  }

  /** The next number, in the caller's transaction (issuing the copy): rolled back with it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int next(String unitCode, int year) {
    return RegisterBook.next(em, unitCode, year);
  }
}
