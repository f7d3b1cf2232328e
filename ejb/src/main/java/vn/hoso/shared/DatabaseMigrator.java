package vn.hoso.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Hibernate never generates the schema: the same versioned scripts run on H2 and PostgreSQL. The
 * batch subsystem creates its own job-repository tables in the same schema when the server boots,
 * so Flyway baselines a non-empty schema at version 0 and then applies every script.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/HosoDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
