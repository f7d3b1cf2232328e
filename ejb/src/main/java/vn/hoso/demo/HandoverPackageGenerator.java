package vn.hoso.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.hoso.demo.DocumentFactory.Doc;
import vn.hoso.demo.DocumentFactory.Dossier;
import vn.hoso.demo.DocumentFactory.Subject;
import vn.hoso.demo.DocumentFactory.Theme;
import vn.hoso.demo.Layout.Page;
import vn.hoso.demo.Places.Origin;
import vn.hoso.units.UnitTables.CommuneResolution;
import vn.hoso.units.UnitTables.NewCommune;

/**
 * Generates synthetic handover packages exactly as the scanning contractors of the old units
 * deliver them (spec: handover-package.md, version 1): a BagIt bag with fonds.csv, dossiers.csv,
 * documents.csv and the scans — page images at 200–300 dpi or PDFs, optionally the contractor's OCR
 * text — for demos, tests and benchmarks.
 *
 * <p>Everything is drawn from one seed: the same options give byte-identical packages. The exact
 * text of every page is written beside the bag (never inside its payload) as {@code
 * <bag>.truth.jsonl}, so that OCR can be scored against it.
 *
 * <p>The people, businesses and numbers are invented; the units (old communes, their successors,
 * the 2025 resolutions) are real.
 */
public final class HandoverPackageGenerator {

  private static final Logger LOG = Logger.getLogger(HandoverPackageGenerator.class.getName());

  /** How worn the scans look. NONE: clean renderings; LIGHT: a good scanner; HEAVY: a bad day. */
  public enum Defects {
    NONE,
    LIGHT,
    HEAVY
  }

  /**
   * What to generate.
   *
   * @param seed everything random derives from it
   * @param dossiers number of dossiers (hồ sơ)
   * @param minDocuments fewest documents per dossier
   * @param maxDocuments most documents per dossier
   * @param minPages fewest pages per document (a document may need more: a decision that runs over,
   *     a form with its annex)
   * @param maxPages most pages per document (resolution excerpts are cut there)
   * @param dpi scan resolution, 200–300
   * @param defects scan defects
   * @param imageFormats formats page images are delivered in, a document's pages share one: "png",
   *     "jpg", "tif"
   * @param pdfShare share of documents delivered as one PDF instead of page images (alternately
   *     born-digital with a text layer and scanned)
   * @param includeText whether the contractor supplies OCR text ({@code <document>.txt})
   * @param origin old unit handing over, "commune:27169", "district:771", "province:79"; null for a
   *     random old commune
   * @param receivingUnit code of the new unit receiving the package; null for the successor of the
   *     origin that kept its code, or that absorbed it
   * @param zip deliver the bag as a .zip instead of a directory
   */
  public record Options(
      long seed,
      int dossiers,
      int minDocuments,
      int maxDocuments,
      int minPages,
      int maxPages,
      int dpi,
      Defects defects,
      List<String> imageFormats,
      double pdfShare,
      boolean includeText,
      String origin,
      String receivingUnit,
      boolean zip) {

    public Options {
      if (dossiers < 1) {
        throw new IllegalArgumentException("dossiers must be at least 1");
      }
      if (minDocuments < 1 || maxDocuments < minDocuments) {
        throw new IllegalArgumentException("documents per dossier: need 1 <= min <= max");
      }
      if (minPages < 1 || maxPages < minPages) {
        throw new IllegalArgumentException("pages per document: need 1 <= min <= max");
      }
      if (dpi < 200 || dpi > 300) {
        throw new IllegalArgumentException("dpi must be between 200 and 300, got " + dpi);
      }
      if (pdfShare < 0 || pdfShare > 1) {
        throw new IllegalArgumentException("pdfShare must be between 0 and 1");
      }
      imageFormats = List.copyOf(imageFormats);
      if (imageFormats.isEmpty()) {
        throw new IllegalArgumentException("at least one image format is needed");
      }
      for (String f : imageFormats) {
        if (!List.of("png", "jpg", "tif").contains(f)) {
          throw new IllegalArgumentException("image format must be png, jpg or tif, got " + f);
        }
      }
      if (defects == null) {
        defects = Defects.LIGHT;
      }
    }

    /**
     * Five dossiers of 2–4 documents of 1–3 pages at 200 dpi, light defects, mostly JPEG, a quarter
     * of the documents as PDF, no supplied text, a random origin, as a directory.
     */
    public static Options defaults() {
      return new Options(
          1,
          5,
          2,
          4,
          1,
          3,
          200,
          Defects.LIGHT,
          List.of("jpg", "jpg", "png", "tif"),
          0.25,
          false,
          null,
          null,
          false);
    }

    public Options withSeed(long s) {
      return with(b -> b.seed = s);
    }

    public Options withDossiers(int n) {
      return with(b -> b.dossiers = n);
    }

    public Options withDocuments(int min, int max) {
      return with(
          b -> {
            b.minDocuments = min;
            b.maxDocuments = max;
          });
    }

    public Options withPages(int min, int max) {
      return with(
          b -> {
            b.minPages = min;
            b.maxPages = max;
          });
    }

    public Options withDpi(int d) {
      return with(b -> b.dpi = d);
    }

    public Options withDefects(Defects d) {
      return with(b -> b.defects = d);
    }

    public Options withImageFormats(String... formats) {
      return with(b -> b.imageFormats = List.of(formats));
    }

    public Options withPdfShare(double share) {
      return with(b -> b.pdfShare = share);
    }

    public Options withText(boolean text) {
      return with(b -> b.includeText = text);
    }

    public Options withOrigin(String o) {
      return with(b -> b.origin = o);
    }

    public Options withReceivingUnit(String code) {
      return with(b -> b.receivingUnit = code);
    }

    public Options withZip(boolean z) {
      return with(b -> b.zip = z);
    }

    private Options with(java.util.function.Consumer<Copy> change) {
      Copy c = new Copy(this);
      change.accept(c);
      return new Options(
          c.seed,
          c.dossiers,
          c.minDocuments,
          c.maxDocuments,
          c.minPages,
          c.maxPages,
          c.dpi,
          c.defects,
          c.imageFormats,
          c.pdfShare,
          c.includeText,
          c.origin,
          c.receivingUnit,
          c.zip);
    }

    /** The fields of an Options, mutable, for the with-methods. */
    private static final class Copy {
      long seed;
      int dossiers;
      int minDocuments;
      int maxDocuments;
      int minPages;
      int maxPages;
      int dpi;
      Defects defects;
      List<String> imageFormats;
      double pdfShare;
      boolean includeText;
      String origin;
      String receivingUnit;
      boolean zip;

      Copy(Options o) {
        seed = o.seed;
        dossiers = o.dossiers;
        minDocuments = o.minDocuments;
        maxDocuments = o.maxDocuments;
        minPages = o.minPages;
        maxPages = o.maxPages;
        dpi = o.dpi;
        defects = o.defects;
        imageFormats = o.imageFormats;
        pdfShare = o.pdfShare;
        includeText = o.includeText;
        origin = o.origin;
        receivingUnit = o.receivingUnit;
        zip = o.zip;
      }
    }
  }

  /**
   * The exact text of one page, NFC, lines separated by "\n" (header and signature columns read
   * left column first). {@code file} is the bag-relative path of the page image, or of the PDF
   * followed by "#page=N"; {@code source} is "image", "pdf-scan" or "pdf-text".
   */
  public record PageTruth(
      String dossierCode,
      String documentCode,
      int page,
      String file,
      String kind,
      String source,
      String text) {}

  /**
   * What was written.
   *
   * @param bag the bag directory, null when delivered as a zip
   * @param zip the zip file, null when delivered as a directory
   * @param truthFile the ground truth beside the bag ({@code <bag name>.truth.jsonl})
   */
  public record Result(
      Path bag,
      Path zip,
      Path truthFile,
      String externalIdentifier,
      String originUnit,
      String receivingUnit,
      int dossiers,
      int documents,
      int pages,
      long payloadBytes,
      long millis,
      List<PageTruth> truth) {

    /** The delivered package: the zip if zipped, else the bag directory. */
    public Path path() {
      return zip != null ? zip : bag;
    }
  }

  /** How a document is delivered. */
  private enum Delivery {
    IMAGES,
    PDF_TEXT,
    PDF_SCAN
  }

  private record PlannedDoc(
      String code, int ordinal, Doc doc, Delivery delivery, String format, long seed) {}

  private record PlannedDossier(
      String code,
      int catalogNo,
      int boxNo,
      int fileNo,
      Dossier dossier,
      String condition,
      List<PlannedDoc> docs) {}

  private static final double[] THEME_WEIGHTS = {22, 14, 16, 14, 10, 10, 6, 6};

  private final int threads;

  public HandoverPackageGenerator() {
    this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  /** {@code threads}: how many pages are rendered at once (the output does not depend on it). */
  public HandoverPackageGenerator(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * Writes one package into {@code outputDir}: the bag (directory or zip, named after its
   * External-Identifier) and its ground truth. An earlier package of the same name is replaced.
   */
  public Result generate(Options o, Path outputDir) throws IOException {
    long started = System.nanoTime();
    Planned planned = planned(o);
    Places places = planned.places();
    Origin origin = planned.origin();
    NewCommune receiving = planned.receiving();
    LocalDate bagged = planned.bagged();
    String externalId = planned.externalId();
    String fondsCode = planned.fondsCode();
    List<PlannedDossier> plan = planned.dossiers();

    Files.createDirectories(outputDir);
    Path bag = outputDir.resolve(externalId);
    Path zip = outputDir.resolve(externalId + ".zip");
    if (Files.exists(bag)) {
      if (!Files.exists(bag.resolve("bagit.txt"))) {
        throw new IOException(bag + " exists and is not a bag; not overwriting it");
      }
      BagFiles.deleteTree(bag);
    }
    Files.createDirectories(bag.resolve("data/files"));

    List<PageTruth> truth = render(o, bag, plan);
    if (o.includeText()) {
      writeSuppliedText(o, bag, plan);
    }
    writeCsv(bag, o, origin, receiving, places, fondsCode, plan);

    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", origin.organ());
    info.put("Organization-Address", origin.displayName());
    info.put(
        "External-Description",
        "Hồ sơ, tài liệu số hóa bàn giao cho "
            + receiving.name()
            + ", "
            + receiving.provinceName());
    info.put("Bagging-Date", bagged.toString());
    info.put("External-Identifier", externalId);
    info.put("Bag-Software-Agent", "hoso HandoverPackageGenerator (synthetic data)");
    info.put("Hoso-Origin-Unit", origin.spec());
    info.put("Hoso-Receiving-Unit", receiving.code());
    info.put("Hoso-Package-Version", "1");
    long bytes = BagFiles.write(bag, info);

    Path truthFile = outputDir.resolve(externalId + ".truth.jsonl");
    writeTruth(truthFile, truth);
    Path zipped = null;
    Path dir = bag;
    if (o.zip()) {
      BagFiles.zip(bag, zip, bagged);
      BagFiles.deleteTree(bag);
      zipped = zip;
      dir = null;
    }
    int docs = plan.stream().mapToInt(d -> d.docs().size()).sum();
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Result(
        dir,
        zipped,
        truthFile,
        externalId,
        origin.spec(),
        receiving.code(),
        plan.size(),
        docs,
        truth.size(),
        bytes,
        millis,
        List.copyOf(truth));
  }

  /**
   * The exact text of every page {@link #generate} would write for these options, in the same
   * order, without rendering or writing anything: for tests that need the words of many pages.
   * {@code file} is null.
   */
  public List<PageTruth> texts(Options o) {
    List<PageTruth> out = new ArrayList<>();
    for (PlannedDossier d : planned(o).dossiers()) {
      for (PlannedDoc pd : d.docs()) {
        String source =
            switch (pd.delivery()) {
              case IMAGES -> "image";
              case PDF_SCAN -> "pdf-scan";
              case PDF_TEXT -> "pdf-text";
            };
        for (int i = 0; i < pd.doc().pages().size(); i++) {
          out.add(pageTruth(d, pd, i, null, source));
        }
      }
    }
    return out;
  }

  /**
   * OCR-like damage to {@code rate} of a text's letters: lost diacritics, "rn" for "m", "1" for
   * "l", lost letters — what the contractor's text gets on heavily worn scans.
   */
  public static String withOcrNoise(String text, double rate, Random r) {
    return ocrNoise(text, rate, r);
  }

  /** Everything a package is drawn from before any page is rendered. */
  private record Planned(
      Places places,
      Origin origin,
      NewCommune receiving,
      LocalDate bagged,
      String externalId,
      String fondsCode,
      List<PlannedDossier> dossiers) {}

  private Planned planned(Options o) {
    Places places = Places.load();
    Random rnd = new Random(o.seed());
    Origin origin = o.origin() != null ? places.origin(o.origin()) : places.randomOrigin(rnd);
    NewCommune receiving = receiving(places, origin, o.receivingUnit());
    LocalDate bagged = LocalDate.of(2025, 7, 1).plusDays(1 + rnd.nextInt(75));
    while (bagged.getDayOfWeek().getValue() >= 6) {
      bagged = bagged.plusDays(1);
    }
    String externalId =
        "BG-"
            + origin.code()
            + "-"
            + bagged.format(DateTimeFormatter.BASIC_ISO_DATE)
            + "-"
            + String.format("%04X", rnd.nextInt(1 << 16));
    String fondsCode =
        switch (origin.level()) {
          case "commune" -> "P" + origin.code();
          case "district" -> "PH" + origin.code();
          default -> "PT" + origin.code();
        };
    return new Planned(
        places,
        origin,
        receiving,
        bagged,
        externalId,
        fondsCode,
        plan(o, places, origin, rnd, fondsCode));
  }

  private static NewCommune receiving(Places places, Origin origin, String code) {
    if (code == null) {
      return places.receiving(origin);
    }
    NewCommune n = places.newCommunes.get(code);
    if (n == null) {
      throw new IllegalArgumentException("unknown new commune code " + code);
    }
    if (places.successors(origin).stream().noneMatch(s -> s.newCode().equals(code))) {
      LOG.warning(code + " did not absorb any part of " + origin.spec() + "; using it anyway");
    }
    return n;
  }

  private List<PlannedDossier> plan(
      Options o, Places places, Origin origin, Random rnd, String fondsCode) {
    DocumentFactory factory = new DocumentFactory(places, rnd, origin);
    int catalog = 1 + rnd.nextInt(12);
    int fileNo = 1 + rnd.nextInt(400);
    int box = 1 + fileNo / 6;
    boolean resolutionDone = false;
    int pdfs = 0;
    List<PlannedDossier> out = new ArrayList<>();
    for (int i = 0; i < o.dossiers(); i++) {
      Theme theme;
      if (i == 0) {
        // The first dossier is civil status, so that every package names a few people.
        theme = rnd.nextBoolean() ? Theme.BIRTH : Theme.MARRIAGE;
      } else {
        do {
          theme = weighted(rnd);
        } while (theme == Theme.RESOLUTION && resolutionDone);
      }
      resolutionDone |= theme == Theme.RESOLUTION;
      int n = o.minDocuments() + rnd.nextInt(o.maxDocuments() - o.minDocuments() + 1);
      Dossier d = factory.dossier(theme, n, o.minPages(), o.maxPages());
      int year = d.docs().get(0).issued().getYear();
      String code = String.format("%s.%02d.%d.%04d", fondsCode, catalog, year, fileNo);
      List<PlannedDoc> docs = new ArrayList<>();
      int ordinal = 1;
      for (Doc doc : d.docs()) {
        Delivery delivery = Delivery.IMAGES;
        if (rnd.nextDouble() < o.pdfShare()) {
          // Alternate born-digital and scanned PDFs, so that both kinds appear.
          boolean text = pdfs % 2 == 0 && Layout.Fonts.get().embeddable();
          delivery = text ? Delivery.PDF_TEXT : Delivery.PDF_SCAN;
          pdfs++;
        }
        String format = o.imageFormats().get(rnd.nextInt(o.imageFormats().size()));
        if (theme == Theme.BIRTH && rnd.nextDouble() < 0.05) {
          // Records of an adoption stay secret (Law on Adoption): the child's new birth record is
          // withheld from everyone but the staff.
          doc = withAccess(doc, "confidential", "Hồ sơ có yêu cầu giữ bí mật (nuôi con nuôi)");
        }
        docs.add(
            new PlannedDoc(
                String.format("%s.%02d", code, ordinal),
                ordinal,
                doc,
                delivery,
                format,
                rnd.nextLong()));
        ordinal++;
      }
      out.add(
          new PlannedDossier(
              code, catalog, box, fileNo, d, condition(o.defects(), year, rnd), docs));
      fileNo++;
      if (rnd.nextInt(4) == 0) {
        box++;
      }
    }
    return out;
  }

  private static Doc withAccess(Doc d, String access, String notes) {
    return new Doc(
        d.kind(),
        d.typeName(),
        d.number(),
        d.notation(),
        d.issued(),
        d.issuingOrgan(),
        d.summary(),
        d.subjects(),
        d.businessCodes(),
        access,
        d.autograph(),
        notes,
        d.pages());
  }

  private static Theme weighted(Random rnd) {
    double total = 0;
    for (double w : THEME_WEIGHTS) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < THEME_WEIGHTS.length; i++) {
      x -= THEME_WEIGHTS[i];
      if (x < 0) {
        return Theme.values()[i];
      }
    }
    return Theme.BIRTH;
  }

  /** Tình trạng vật lý, as the arranging archivist noted it: older paper is worse. */
  private static String condition(Defects d, int year, Random rnd) {
    boolean old = year < 2005;
    return switch (d) {
      case NONE -> "Tốt";
      case LIGHT -> old || rnd.nextInt(3) == 0 ? "Giấy ố vàng nhẹ" : "Tốt";
      case HEAVY -> old ? "Giấy ố vàng, mép rách, chữ mờ một số trang" : "Giấy ố vàng, có vết gấp";
    };
  }

  // ---------------------------------------------------------------- files

  private List<PageTruth> render(Options o, Path bag, List<PlannedDossier> plan)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<PageTruth>>> futures = new ArrayList<>();
      for (PlannedDossier d : plan) {
        Path dir = bag.resolve("data/files").resolve(d.code());
        Files.createDirectories(dir);
        for (PlannedDoc doc : d.docs()) {
          futures.add(pool.submit(() -> renderDocument(o, bag, dir, d, doc)));
        }
      }
      List<PageTruth> out = new ArrayList<>();
      for (Future<List<PageTruth>> f : futures) {
        out.addAll(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<PageTruth> renderDocument(
      Options o, Path bag, Path dir, PlannedDossier d, PlannedDoc pd) throws IOException {
    Doc doc = pd.doc();
    List<Page> pages = doc.pages();
    List<PageTruth> truth = new ArrayList<>();
    Random r = new Random(pd.seed());
    switch (pd.delivery()) {
      case PDF_TEXT -> {
        Path pdf = dir.resolve(pd.code() + ".pdf");
        Files.write(pdf, PageRenderer.textPdf(pages, pdfInfo(pd), pd.seed()));
        for (int i = 0; i < pages.size(); i++) {
          truth.add(
              pageTruth(d, pd, i, BagFiles.relative(bag, pdf) + "#page=" + (i + 1), "pdf-text"));
        }
      }
      case PDF_SCAN -> {
        List<byte[]> jpegs = new ArrayList<>();
        for (Page p : pages) {
          PageRenderer.Scan scan = PageRenderer.Scan.of(o.defects(), r);
          BufferedImage img = PageRenderer.render(p, o.dpi(), scan, r.nextLong());
          jpegs.add(PageRenderer.encode(img, "jpg", o.dpi(), scan.jpegQuality()));
        }
        Path pdf = dir.resolve(pd.code() + ".pdf");
        Files.write(pdf, PageRenderer.imagePdf(jpegs, pdfInfo(pd)));
        for (int i = 0; i < pages.size(); i++) {
          truth.add(
              pageTruth(d, pd, i, BagFiles.relative(bag, pdf) + "#page=" + (i + 1), "pdf-scan"));
        }
      }
      case IMAGES -> {
        Path docDir = dir.resolve(pd.code());
        Files.createDirectories(docDir);
        for (int i = 0; i < pages.size(); i++) {
          PageRenderer.Scan scan = PageRenderer.Scan.of(o.defects(), r);
          BufferedImage img = PageRenderer.render(pages.get(i), o.dpi(), scan, r.nextLong());
          if (o.defects() != Defects.NONE && !pd.format().equals("jpg")) {
            img = PageRenderer.jpegRoundTrip(img, scan.jpegQuality());
          }
          Path file = docDir.resolve(String.format("%04d.%s", i + 1, pd.format()));
          Files.write(file, PageRenderer.encode(img, pd.format(), o.dpi(), scan.jpegQuality()));
          truth.add(pageTruth(d, pd, i, BagFiles.relative(bag, file), "image"));
        }
      }
    }
    return truth;
  }

  private static PageRenderer.PdfInfo pdfInfo(PlannedDoc pd) {
    Doc d = pd.doc();
    return new PageRenderer.PdfInfo(
        d.typeName() + (d.notation().isEmpty() ? "" : " " + d.notation()) + ": " + d.summary(),
        d.issuingOrgan(),
        d.issued(),
        pd.seed());
  }

  private static PageTruth pageTruth(
      PlannedDossier d, PlannedDoc pd, int i, String file, String source) {
    String text = Normalizer.normalize(pd.doc().pages().get(i).text(), Normalizer.Form.NFC);
    return new PageTruth(d.code(), pd.code(), i + 1, file, pd.doc().kind(), source, text);
  }

  /**
   * The contractor's OCR text, pages separated by form feeds. Clean and lightly worn scans are read
   * perfectly; for heavy defects a realistic sprinkling of OCR confusions is added (lost
   * diacritics, "rn" for "m", "1" for "l"...), so that a portal can be tested on imperfect text.
   */
  private static void writeSuppliedText(Options o, Path bag, List<PlannedDossier> plan)
      throws IOException {
    for (PlannedDossier d : plan) {
      for (PlannedDoc pd : d.docs()) {
        Random r = new Random(pd.seed() ^ 0x7E57L);
        List<String> pages = new ArrayList<>();
        for (Page p : pd.doc().pages()) {
          String t = p.text();
          if (o.defects() == Defects.HEAVY && pd.delivery() != Delivery.PDF_TEXT) {
            t = ocrNoise(t, 0.015, r);
          }
          pages.add(t);
        }
        Path file = bag.resolve("data/files").resolve(d.code()).resolve(pd.code() + ".txt");
        BagFiles.writeText(file, VietnameseText.nfc(String.join("\f", pages)));
      }
    }
  }

  static String ocrNoise(String text, double rate, Random r) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch) || r.nextDouble() >= rate) {
        out.append(ch);
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      int op = r.nextInt(10);
      if (decomposed.length() > 1 && op < 6) {
        out.append(decomposed, 0, decomposed.length() - 1);
      } else if (op < 8) {
        out.append(
            switch (ch) {
              case 'm' -> "rn";
              case 'l' -> "1";
              case 'O' -> "0";
              case 'đ' -> "d";
              case 'i' -> "í";
              case 'e' -> "c";
              default -> String.valueOf(ch);
            });
      }
      // else: the letter is lost
    }
    return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
  }

  private static void writeCsv(
      Path bag,
      Options o,
      Origin origin,
      NewCommune receiving,
      Places places,
      String fondsCode,
      List<PlannedDossier> plan)
      throws IOException {
    Path data = bag.resolve("data");
    int startYear =
        plan.stream().mapToInt(d -> d.docs().get(0).doc().issued().getYear()).min().orElse(2025);
    String basis =
        places.tables.communeResolutions().stream()
            .filter(c -> c.newProvinceCode().equals(receiving.provinceCode()))
            .map(CommuneResolution::resolution)
            .findFirst()
            .orElse("");
    String name = origin.organ().replaceFirst("^UBND ", "Ủy ban nhân dân ");
    csv(
        data.resolve("fonds.csv"),
        List.of(
            "fonds_code", "fonds_name", "origin_unit", "start_year", "end_year", "closed", "notes"),
        List.of(
            List.of(
                fondsCode,
                "Phông lưu trữ " + name,
                origin.spec(),
                Integer.toString(startYear),
                "2025",
                "true",
                "Đơn vị hành chính kết thúc hoạt động ngày 30/06/2025"
                    + (basis.isEmpty() ? "" : " theo Nghị quyết số " + basis)
                    + "; tài liệu bàn giao cho "
                    + receiving.name()
                    + ", "
                    + receiving.provinceName())));

    List<List<String>> dossierRows = new ArrayList<>();
    List<List<String>> documentRows = new ArrayList<>();
    for (PlannedDossier d : plan) {
      int pages = 0;
      LocalDate start = null;
      LocalDate end = null;
      for (PlannedDoc pd : d.docs()) {
        Doc doc = pd.doc();
        pages += doc.pages().size();
        start = start == null || doc.issued().isBefore(start) ? doc.issued() : start;
        end = end == null || doc.issued().isAfter(end) ? doc.issued() : end;
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> births = new ArrayList<>();
        boolean allIds = doc.subjects().stream().allMatch(s -> !s.id().isEmpty());
        for (Subject s : doc.subjects()) {
          ids.add(s.id());
          names.add(s.name());
          births.add(s.birthDate().toString());
        }
        documentRows.add(
            List.of(
                pd.code(),
                d.code(),
                Integer.toString(pd.ordinal()),
                doc.kind(),
                doc.typeName(),
                doc.number(),
                doc.notation(),
                doc.issued().toString(),
                doc.issuingOrgan(),
                doc.summary(),
                Integer.toString(doc.pages().size()),
                allIds ? String.join(";", ids) : "",
                String.join(";", names),
                String.join(";", births),
                String.join(";", doc.businessCodes()),
                doc.access(),
                Boolean.toString(doc.autograph()),
                doc.notes()));
      }
      Dossier ds = d.dossier();
      dossierRows.add(
          List.of(
              d.code(),
              fondsCode,
              Integer.toString(d.catalogNo()),
              Integer.toString(d.boxNo()),
              Integer.toString(d.fileNo()),
              ds.title(),
              ds.retention(),
              ds.access(),
              "vi",
              String.valueOf(start),
              String.valueOf(end),
              Integer.toString(d.docs().size()),
              Integer.toString(pages),
              Integer.toString(pages),
              d.condition(),
              ds.keywords(),
              ds.notes()));
    }
    csv(
        data.resolve("dossiers.csv"),
        List.of(
            "dossier_code",
            "fonds_code",
            "catalog_no",
            "box_no",
            "file_no",
            "title",
            "retention",
            "access",
            "language",
            "start_date",
            "end_date",
            "document_count",
            "sheet_count",
            "page_count",
            "physical_condition",
            "keywords",
            "notes"),
        dossierRows);
    csv(
        data.resolve("documents.csv"),
        List.of(
            "document_code",
            "dossier_code",
            "ordinal",
            "kind",
            "type_name",
            "number",
            "notation",
            "issued_date",
            "issuing_organ",
            "summary",
            "page_count",
            "subject_ids",
            "subject_names",
            "subject_birth_dates",
            "business_codes",
            "access",
            "autograph",
            "notes"),
        documentRows);
  }

  private static void csv(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(header);
      for (List<String> row : rows) {
        List<String> nfc = new ArrayList<>();
        for (String v : row) {
          nfc.add(VietnameseText.nfc(v));
        }
        p.printRecord(nfc);
      }
    }
    Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
  }

  private static void writeTruth(Path file, List<PageTruth> truth) throws IOException {
    StringBuilder s = new StringBuilder();
    for (PageTruth t : truth) {
      s.append("{\"dossier\":")
          .append(json(t.dossierCode()))
          .append(",\"document\":")
          .append(json(t.documentCode()))
          .append(",\"page\":")
          .append(t.page())
          .append(",\"file\":")
          .append(json(t.file()))
          .append(",\"kind\":")
          .append(json(t.kind()))
          .append(",\"source\":")
          .append(json(t.source()))
          .append(",\"text\":")
          .append(json(t.text()))
          .append("}\n");
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
