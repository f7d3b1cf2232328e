package vn.hoso.ingest;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.hoso.demo.HandoverPackageGenerator;
import vn.hoso.ingest.check.CheckedPackage;
import vn.hoso.ingest.check.IngestLimits;
import vn.hoso.ingest.check.PackageChecker;
import vn.hoso.ingest.check.UnitCatalog;
import vn.hoso.records.Page;
import vn.hoso.shared.TestDatabase;
import vn.hoso.storage.BlobStore;

/**
 * The portal's own CPU per page of an OCR ingest, everything but the tesseract processes, step by
 * step on one thread (per-thread CPU time): the package check (BagIt digests, CSVs, every image
 * decoded once), the store step's page work (blob store, PDF rendering, decoding for the perceptual
 * hash; tesseract replaced by a command that prints nothing), the text bands, and the writer's
 * database work (entities, text bands, near-duplicate lookups, on H2 in memory, into an archive
 * that already holds one package). Not a test: run it by hand,
 *
 * <pre>
 * mvn -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.hoso.ingest.IngestCpuBenchmark -Dexec.args="12 200"
 * </pre>
 *
 * (dossiers per package, dpi). A quiet machine gives steadier figures.
 */
public final class IngestCpuBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static final UnitCatalog UNITS =
      new UnitCatalog() {
        @Override
        public boolean oldUnitExists(String level, String code) {
          return level.equals("commune") && code.equals("27169");
        }

        @Override
        public boolean newUnitExists(String code) {
          return code.equals("27169");
        }
      };

  private final Map<String, long[]> steps = new LinkedHashMap<>();

  private IngestCpuBenchmark() {}

  public static void main(String[] args) throws IOException, SQLException {
    int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Path dir = Files.createTempDirectory("hoso-cpu-");
    TestDatabase db = TestDatabase.h2("cpu");
    long handover = TestRecords.handover(db);
    EntityManagerFactory emf =
        db.jpa("hoso-search-test", Map.of("hibernate.search.enabled", "false"));
    try {
      // the archive the second package meets; then the same again, measured
      new IngestCpuBenchmark().ingest(dir.resolve("a"), 1, dossiers, dpi, emf, handover);
      IngestCpuBenchmark b = new IngestCpuBenchmark();
      int pages = b.ingest(dir.resolve("b"), 2, dossiers, dpi, emf, handover);
      b.print(pages, dpi);
    } finally {
      emf.close();
    }
  }

  private int ingest(
      Path dir, long seed, int dossiers, int dpi, EntityManagerFactory emf, long handover)
      throws IOException {
    HandoverPackageGenerator.Result r =
        new HandoverPackageGenerator()
            .generate(
                HandoverPackageGenerator.Options.defaults()
                    .withSeed(seed)
                    .withDossiers(dossiers)
                    .withDpi(dpi)
                    .withOrigin("commune:27169")
                    .withReceivingUnit("27169"),
                dir);
    Path bag = r.bag();
    long t = CPU.getCurrentThreadCpuTime();
    CheckedPackage checked = new PackageChecker().check(bag, UNITS, IngestLimits.defaults());
    add("check (BagIt digests, CSVs, every image decoded once)", t);
    if (checked.refused()) {
      throw new IllegalStateException("the generated package was refused: " + checked);
    }
    IngestPlan plan = PlanBuilder.build(1, bag.toString(), checked);
    BlobStore blobs = new BlobStore(dir.resolve("blobs"));
    BlobStore again = new BlobStore(dir.resolve("blobs-again"));
    PageWork work = new PageWork(blobs, new TesseractOcr("true"), 60);
    int pages = 0;
    for (IngestPlan.DossierPlan d : plan.dossiers()) {
      List<TestRecords.Scan> scans = new ArrayList<>();
      for (IngestPlan.DocumentPlan doc : d.documents()) {
        for (IngestPlan.PagePlan p : doc.pages()) {
          pages++;
          t = CPU.getCurrentThreadCpuTime();
          PageWork.Result result = work.process(bag, p);
          add("page work (blob, PDF render, hash decode, OCR call)", t);
          since(
              t,
              p.pdfPage() == null
                  ? "  by kind: image page"
                  : p.pdfTextLayer()
                      ? "  by kind: PDF page with a text layer"
                      : "  by kind: scanned PDF page (rendered at 300 dpi, written for OCR)");
          Path file = bag.resolve(p.file());
          t = CPU.getCurrentThreadCpuTime();
          again.put(file);
          add("  of which: blob store (SHA-256, copy, fsync)", t);
          if (p.pdfPage() == null) {
            t = CPU.getCurrentThreadCpuTime();
            new TesseractOcr("true").read(file);
            add("  of which: starting the OCR process (a command that does nothing)", t);
            t = CPU.getCurrentThreadCpuTime();
            PerceptualHash.of(PageWork.readForHash(file));
            add("  of which: image decode + hash as the ingest does", t);
            t = CPU.getCurrentThreadCpuTime();
            BufferedImage whole = ImageIO.read(file.toFile());
            PerceptualHash.of(whole);
            add("  (compare: whole decode + hash)", t);
            t = CPU.getCurrentThreadCpuTime();
            PerceptualHash.of(PageWork.subsampled(file, 4));
            add("  (compare: decode subsampled 4x4 + hash)", t);
          }
          // the text the page would have had from OCR
          String text = r.truth().get(pages - 1).text();
          t = CPU.getCurrentThreadCpuTime();
          TextBands.of(text);
          add("text bands", t);
          String label = p.pdfPage() == null ? p.file() : p.file() + "#" + p.pdfPage();
          scans.add(new TestRecords.Scan(label, result.perceptualHash(), text));
        }
      }
      t = CPU.getCurrentThreadCpuTime();
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        List<Page> stored =
            TestRecords.storeDossier(em, handover, seed + "/" + d.description().code(), scans);
        new NearDuplicates(em).review(stored);
        em.getTransaction().commit();
      } finally {
        em.close();
      }
      add("database (pages, text bands, near-duplicate lookups)", t, scans.size());
    }
    return pages;
  }

  /** Books the CPU between {@code start} and the last step's end under another name too. */
  private void since(long start, String step) {
    long[] s = steps.computeIfAbsent(step, k -> new long[2]);
    s[0] += lastSpan;
    s[1]++;
  }

  private long lastSpan;

  private void add(String step, long since) {
    add(step, since, 1);
  }

  private void add(String step, long since, int count) {
    long[] s = steps.computeIfAbsent(step, k -> new long[2]);
    lastSpan = CPU.getCurrentThreadCpuTime() - since;
    s[0] += lastSpan;
    s[1] += count;
  }

  private void print(int pages, int dpi) {
    System.out.printf("CPU per page, %d pages at %d dpi (tesseract excluded):%n", pages, dpi);
    for (Map.Entry<String, long[]> e : steps.entrySet()) {
      long[] s = e.getValue();
      boolean perPage = e.getKey().startsWith("check");
      double ms = s[0] / 1e6 / (perPage ? pages : s[1]);
      System.out.printf("  %-58s %7.1f ms%n", e.getKey(), ms);
    }
  }
}
