package vn.hoso.copies;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Register numbers of certified copies (số chứng thực), per issuing unit and year: 1, 2, 3… with no
 * gap and no duplicate, also when many copies are issued at once. The unit's row is locked while a
 * number is taken, so numbers follow the order of the transactions that commit; a transaction that
 * rolls back gives its number back with it, which keeps the sequence without gaps.
 *
 * <p>The row of a unit's year is created the first time it is needed, in a transaction of its own
 * ({@link #open}): two first copies of a year may both try, one insert wins, the other's duplicate
 * is ignored, and both then take numbers from the same row.
 */
public final class RegisterBook {

  private RegisterBook() {}

  /**
   * Creates the unit's row for the year if it is not there. Run in its own transaction; a duplicate
   * key from a concurrent creator is harmless (the caller's transaction may then be marked for
   * rollback and must not be the one that takes numbers).
   */
  public static void open(EntityManager em, String unitCode, int year) {
    if (exists(em, unitCode, year)) {
      return;
    }
    try {
      em.createNativeQuery(
              "insert into copy_register (unit_code, register_year, last_no) values (?1, ?2, 0)")
          .setParameter(1, unitCode)
          .setParameter(2, year)
          .executeUpdate();
    } catch (PersistenceException duplicate) {
      // another transaction created it first
    }
  }

  static boolean exists(EntityManager em, String unitCode, int year) {
    List<?> rows =
        em.createNativeQuery(
                "select last_no from copy_register where unit_code = ?1 and register_year = ?2")
            .setParameter(1, unitCode)
            .setParameter(2, year)
            .getResultList();
    return !rows.isEmpty();
  }

  /**
   * The next number of the unit's year, in the caller's transaction (the row must exist: {@link
   * #open}). Locks the row until the transaction ends.
   */
  public static int next(EntityManager em, String unitCode, int year) {
    List<?> rows =
        em.createNativeQuery(
                "select last_no from copy_register where unit_code = ?1 and register_year = ?2"
                    + " for update")
            .setParameter(1, unitCode)
            .setParameter(2, year)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("register of " + unitCode + " for " + year + " not opened");
    }
    int next = ((Number) rows.get(0)).intValue() + 1;
    em.createNativeQuery(
            "update copy_register set last_no = ?1 where unit_code = ?2 and register_year = ?3")
        .setParameter(1, next)
        .setParameter(2, unitCode)
        .setParameter(3, year)
        .executeUpdate();
    return next;
  }
}
