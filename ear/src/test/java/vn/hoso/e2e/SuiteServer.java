package vn.hoso.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite's server once for all end-to-end classes and stops it when the suite ends. Its
 * database is PostgreSQL when {@code HOSO_TEST_PG_URL} is set (CI sets it), else the embedded H2
 * default. The PostgreSQL schema is emptied first, so every run starts from a first start.
 */
public final class SuiteServer implements ParameterResolver {

  private static final int PORT_OFFSET = 100;

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == HosoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return e.getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(start()), Holder.class)
        .server;
  }

  private static HosoServer start() {
    mail();
    HosoServer.Database db = HosoServer.Database.fromEnvironment();
    if (db.isPostgres()) {
      resetSchema(db);
    }
    return HosoServer.start(
        "suite-" + db.driver(),
        PORT_OFFSET,
        db,
        java.util.List.of(
            "-Dhoso.mail=smtp",
            "-Dhoso.smtp.host=127.0.0.1",
            "-Dhoso.smtp.port=" + MAIL_PORT,
            "-Dhoso.public.url=http://127.0.0.1:" + (8080 + PORT_OFFSET)));
  }

  /** The SMTP port of the suite's mail server (GreenMail), which the suite's portal sends to. */
  static final int MAIL_PORT = 3025 + PORT_OFFSET;

  private static com.icegreen.greenmail.util.GreenMail mail;

  /** The suite's mail server, started on first use; every message the portal sends lands here. */
  static synchronized com.icegreen.greenmail.util.GreenMail mail() {
    if (mail == null) {
      mail =
          new com.icegreen.greenmail.util.GreenMail(
              new com.icegreen.greenmail.util.ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"));
      mail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    }
    return mail;
  }

  private static void resetSchema(HosoServer.Database db) {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reset the test database " + db.url() + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("deprecation")
  private record Holder(HosoServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.close();
    }
  }
}
