package vn.hoso.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.shared.TestDatabase;

/**
 * Register numbers on a real database (H2 always, PostgreSQL when {@code HOSO_TEST_PG_URL} names
 * one): twenty copies issued at once get 1…20, none twice, none skipped, also when the unit's year
 * is opened by all of them at the same moment; a rolled-back issue gives its number back.
 */
class RegisterBookTest {

  private EntityManagerFactory emf;

  private void database(String db) throws SQLException {
    TestDatabase d =
        db.equals("h2") ? TestDatabase.h2("register") : TestDatabase.postgres("register_test_");
    emf = d.jpa("hoso-audit-test");
  }

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  /** Opens the year (own transaction), then takes a number (another), as the server does. */
  private int issue(String unit, int year, boolean commit) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      RegisterBook.open(em, unit, year);
      if (em.getTransaction().getRollbackOnly()) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
    } catch (RuntimeException duplicate) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    } finally {
      em.close();
    }
    EntityManager tx = emf.createEntityManager();
    try {
      tx.getTransaction().begin();
      int n = RegisterBook.next(tx, unit, year);
      if (commit) {
        tx.getTransaction().commit();
      } else {
        tx.getTransaction().rollback();
      }
      return n;
    } finally {
      tx.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void twentyAtOnceAreConsecutive(String db) throws Exception {
    database(db);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(
          pool.submit(
              () -> {
                start.await();
                return issue("26737", 2026, true);
              }));
    }
    start.countDown();
    List<Integer> got = new ArrayList<>();
    for (Future<Integer> f : all) {
      got.add(f.get());
    }
    pool.shutdown();
    Collections.sort(got);
    assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), got);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aRolledBackIssueGivesItsNumberBack(String db) throws SQLException {
    database(db);
    assertEquals(1, issue("00004", 2026, true));
    assertEquals(2, issue("00004", 2026, false));
    assertEquals(2, issue("00004", 2026, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void unitsAndYearsCountSeparately(String db) throws SQLException {
    database(db);
    assertEquals(1, issue("00004", 2026, true));
    assertEquals(1, issue("26737", 2026, true));
    assertEquals(1, issue("00004", 2027, true));
    assertEquals(2, issue("00004", 2026, true));
  }
}
