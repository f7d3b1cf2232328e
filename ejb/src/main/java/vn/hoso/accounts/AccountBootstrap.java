package vn.hoso.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.hoso.records.Document;

/**
 * Accounts the server's configuration asks for. The configured archivist ({@code
 * HOSO_ARCHIVIST_USER} / {@code HOSO_ARCHIVIST_PASSWORD}, units {@code HOSO_ARCHIVIST_UNITS}) is
 * also the first admin, who creates the other staff. With {@code HOSO_DEMO=true} (the embedded
 * default only) the demo accounts of the README exist too; the demo resident is verified as a
 * person named on a demo civil-status record once the demo records are in.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "RequestRules"})
public class AccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
  public static final String DEMO_PASSWORD = "demo-hoso-2025";
  static final String DEMO_RESIDENT = "nguoidan@demo.hoso.vn";

  @PersistenceContext EntityManager em;
  @EJB AccountService accounts;
  @Resource TimerService timers;

  @PostConstruct
  void start() {
    String user = setting("HOSO_ARCHIVIST_USER", "hoso.archivist.user", "archivist");
    String password = setting("HOSO_ARCHIVIST_PASSWORD", "hoso.archivist.password", null);
    Set<String> units =
        Arrays.stream(setting("HOSO_ARCHIVIST_UNITS", "hoso.archivist.units", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (password == null) {
      LOG.warning(
          "No archivist password configured (HOSO_ARCHIVIST_PASSWORD): no staff account is created.");
    } else {
      accounts.ensureConfigured(
          user,
          "Văn thư lưu trữ (cấu hình)",
          EnumSet.of(Role.ARCHIVIST, Role.ADMIN),
          units,
          password);
    }
    if (Boolean.parseBoolean(setting("HOSO_DEMO", "hoso.demo", "false"))) {
      Set<String> all = Set.of(Actor.ALL_UNITS);
      accounts.ensureConfigured(
          "canbo@demo.hoso.vn", "Trần Thị Bình", EnumSet.of(Role.CLERK), all, DEMO_PASSWORD);
      accounts.ensureConfigured(
          "lanhdao@demo.hoso.vn",
          "Lê Văn Cường",
          "Phó Chủ tịch UBND",
          EnumSet.of(Role.SIGNER),
          all,
          DEMO_PASSWORD);
      accounts.ensureConfigured(
          "quantri@demo.hoso.vn", "Phạm Thu Dung", EnumSet.of(Role.ADMIN), all, DEMO_PASSWORD);
      timers.createIntervalTimer(20_000, 30_000, new TimerConfig("demo-accounts", false));
    }
  }

  /** Waits for the demo records, then creates the demo resident and business from them. */
  @Timeout
  void demoRequesters(jakarta.ejb.Timer timer) {
    if (!em.createQuery("select a.id from Account a where a.email = :e", Long.class)
        .setParameter("e", DEMO_RESIDENT)
        .getResultList()
        .isEmpty()) {
      timer.cancel();
      return;
    }
    List<Document> docs =
        em.createQuery(
                "select d from Document d where d.kind = 'civil_status' and d.access = 'restricted' order by d.id",
                Document.class)
            .setMaxResults(50)
            .getResultList();
    for (Document d : docs) {
      for (Document.Subject s : d.getSubjects()) {
        if (s.personalId() != null
            && s.personalId().length() == 12
            && s.birthDate() != null
            && CitizenId.check(s.personalId(), s.birthDate()).valid()) {
          Account a =
              Account.resident(
                  DEMO_RESIDENT,
                  s.fullName(),
                  s.personalId(),
                  s.birthDate(),
                  "0912345678",
                  PasswordHashing.hash(DEMO_PASSWORD.toCharArray()));
          a.confirmEmail();
          em.persist(a);
          em.flush();
          a.verifyIdentity(s.personalId(), 0L, Instant.now());
          Account fresh =
              Account.resident(
                  "moi@demo.hoso.vn",
                  "Hoàng Văn Em",
                  null,
                  LocalDate.of(1990, 5, 17),
                  "0987654321",
                  PasswordHashing.hash(DEMO_PASSWORD.toCharArray()));
          fresh.confirmEmail();
          em.persist(fresh);
          demoBusiness();
          LOG.info("Demo resident " + DEMO_RESIDENT + " is " + s.fullName() + " (verified).");
          timer.cancel();
          return;
        }
      }
    }
  }

  private void demoBusiness() {
    List<String> codes =
        em.createQuery(
                "select c from Document d join d.businessCodes c order by d.id", String.class)
            .setMaxResults(1)
            .getResultList();
    if (!codes.isEmpty()) {
      Account b =
          Account.business(
              "doanhnghiep@demo.hoso.vn",
              "Đỗ Minh Giang",
              codes.get(0),
              "Hộ kinh doanh demo",
              "0901234567",
              PasswordHashing.hash(DEMO_PASSWORD.toCharArray()));
      b.confirmEmail();
      em.persist(b);
    }
  }

  private static String setting(String env, String property, String fallback) {
    return vn.hoso.shared.Settings.get(env, property, fallback);
  }
}
