package vn.hoso.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hoso.demo.DemoData;
import vn.hoso.demo.HandoverPackageGenerator;

/**
 * Loads the demo handovers on the first start of the embedded default ({@code HOSO_DEMO=true}, set
 * by {@code ./hoso run}), so a newcomer sees real records at once. They go through the same ingest
 * as any package. Never in production: without the variable nothing happens.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoLoader {

  private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
  static final String DEMO_USER = "demo";

  @Resource TimerService timers;
  @EJB HandoverService handovers;
  @Inject IngestSettings settings;

  @PostConstruct
  void schedule() {
    String demo = vn.hoso.shared.Settings.get("HOSO_DEMO", "hoso.demo", "false");
    if (Boolean.parseBoolean(demo)) {
      timers.createSingleActionTimer(5_000, new TimerConfig("demo-data", false));
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (handovers.count() > 0) {
      return;
    }
    try {
      var dir = settings.dataDir().resolve("demo-packages");
      for (HandoverPackageGenerator.Result r : DemoData.writeDemoSet(dir)) {
        if (r.zip() != null) {
          try (InputStream in = Files.newInputStream(r.zip())) {
            handovers.receiveZip(in, DEMO_USER);
          }
        } else {
          handovers.receiveDirectory(r.bag(), DEMO_USER);
        }
      }
      LOG.info("Demo handover packages received; their ingest runs in the background.");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not load the demo data", e);
    }
  }
}
