package vn.hoso.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.demo.HandoverPackageGenerator.Defects;
import vn.hoso.demo.HandoverPackageGenerator.Options;
import vn.hoso.demo.HandoverPackageGenerator.PageTruth;
import vn.hoso.demo.HandoverPackageGenerator.Result;

/**
 * A generated package must be exactly what a scanning contractor would deliver: a valid bag whose
 * CSVs agree with its files, in NFC Vietnamese, reproducible from its seed.
 */
class HandoverPackageGeneratorTest {

  @TempDir static Path dir;

  /** Every kind of file: png, jpg, tif pages, both kinds of PDF, supplied text. */
  static final Options MIXED =
      Options.defaults()
          .withSeed(42)
          .withOrigin("commune:27169")
          .withDossiers(5)
          .withDocuments(2, 3)
          .withPages(1, 3)
          .withImageFormats("png", "jpg", "tif")
          .withPdfShare(0.4)
          .withText(true)
          .withDefects(Defects.LIGHT);

  static final Set<String> KINDS =
      Set.of("civil_status", "land", "construction", "business_registration", "decision", "other");

  static Result result;
  static Path bag;

  @BeforeAll
  static void generate() throws IOException {
    result = new HandoverPackageGenerator(2).generate(MIXED, dir.resolve("mixed"));
    bag = result.bag();
  }

  @Test
  void theTextsAloneAreThoseOfTheRenderedPackage() {
    List<PageTruth> texts = new HandoverPackageGenerator(1).texts(MIXED);
    assertEquals(result.truth().size(), texts.size());
    for (int i = 0; i < texts.size(); i++) {
      PageTruth rendered = result.truth().get(i);
      PageTruth alone = texts.get(i);
      assertEquals(rendered.documentCode(), alone.documentCode());
      assertEquals(rendered.page(), alone.page());
      assertEquals(rendered.kind(), alone.kind());
      assertEquals(rendered.source(), alone.source());
      assertEquals(rendered.text(), alone.text());
    }
  }

  @Test
  void manifestListsEveryPayloadFileWithItsDigest() throws IOException {
    Map<String, String> manifest = manifest(bag.resolve("manifest-sha256.txt"));
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(bag.resolve("data"))) {
      s.filter(Files::isRegularFile).forEach(p -> files.add(BagFiles.relative(bag, p)));
    }
    assertEquals(files, manifest.keySet());
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      assertEquals(e.getValue(), BagFiles.sha256(bag.resolve(e.getKey())), e.getKey());
    }
  }

  @Test
  void tagManifestCoversTheTagFiles() throws IOException {
    Map<String, String> tags = manifest(bag.resolve("tagmanifest-sha256.txt"));
    assertEquals(Set.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt"), tags.keySet());
    for (Map.Entry<String, String> e : tags.entrySet()) {
      assertEquals(e.getValue(), BagFiles.sha256(bag.resolve(e.getKey())), e.getKey());
    }
  }

  @Test
  void payloadOxumIsTotalBytesAndFileCount() throws IOException {
    long bytes = 0;
    int count = 0;
    try (Stream<Path> s = Files.walk(bag.resolve("data"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        bytes += Files.size(p);
        count++;
      }
    }
    assertEquals(bytes + "." + count, bagInfo(bag).get("Payload-Oxum"));
    assertEquals(bytes, result.payloadBytes());
  }

  @Test
  void bagInfoHasTheFieldsTheSpecRequires() throws IOException {
    Map<String, String> info = bagInfo(bag);
    assertEquals("UBND Phường 14, Quận 10", info.get("Source-Organization"));
    assertEquals("commune:27169", info.get("Hoso-Origin-Unit"));
    // Phường 14 went partly to Phường Diên Hồng, which kept its code.
    assertEquals("27169", info.get("Hoso-Receiving-Unit"));
    assertEquals("1", info.get("Hoso-Package-Version"));
    assertEquals(result.externalIdentifier(), info.get("External-Identifier"));
    assertEquals(bag.getFileName().toString(), info.get("External-Identifier"));
    LocalDate bagged = LocalDate.parse(info.get("Bagging-Date"));
    assertFalse(bagged.isBefore(LocalDate.of(2025, 7, 1)));
    assertEquals(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        Files.readString(bag.resolve("bagit.txt")));
  }

  @Test
  void theBagItLibraryFindsTheBagValid() throws Exception {
    verifyWithLibrary(bag);
  }

  @Test
  void csvRowsAgreeWithTheFiles() throws IOException {
    List<CSVRecord> fonds = csv(bag.resolve("data/fonds.csv"));
    assertEquals(1, fonds.size());
    assertEquals("commune:27169", fonds.get(0).get("origin_unit"));
    assertEquals("true", fonds.get(0).get("closed"));
    List<CSVRecord> dossiers = csv(bag.resolve("data/dossiers.csv"));
    List<CSVRecord> documents = csv(bag.resolve("data/documents.csv"));
    assertEquals(MIXED.dossiers(), dossiers.size());
    assertEquals(result.dossiers(), dossiers.size());
    assertEquals(result.documents(), documents.size());

    Map<String, List<CSVRecord>> byDossier = new HashMap<>();
    Set<String> codes = new TreeSet<>();
    for (CSVRecord d : documents) {
      assertTrue(codes.add(d.get("document_code")), "unique " + d.get("document_code"));
      byDossier.computeIfAbsent(d.get("dossier_code"), k -> new ArrayList<>()).add(d);
    }
    int totalPages = 0;
    for (CSVRecord ds : dossiers) {
      String code = ds.get("dossier_code");
      assertEquals(fonds.get(0).get("fonds_code"), ds.get("fonds_code"));
      List<CSVRecord> docs = byDossier.get(code);
      assertNotNull(docs, code);
      assertEquals(docs.size(), Integer.parseInt(ds.get("document_count")), code);
      int pages = 0;
      LocalDate first = LocalDate.MAX;
      LocalDate last = LocalDate.MIN;
      for (CSVRecord d : docs) {
        int pageCount = Integer.parseInt(d.get("page_count"));
        assertEquals(pageCount, pagesOnDisk(code, d.get("document_code")), d.get("document_code"));
        pages += pageCount;
        LocalDate issued = LocalDate.parse(d.get("issued_date"));
        first = issued.isBefore(first) ? issued : first;
        last = issued.isAfter(last) ? issued : last;
        assertTrue(KINDS.contains(d.get("kind")), d.get("kind"));
        assertFalse(d.get("summary").isBlank());
        assertFalse(d.get("issuing_organ").isBlank());
      }
      assertEquals(pages, Integer.parseInt(ds.get("page_count")), code);
      assertEquals(first, LocalDate.parse(ds.get("start_date")), code);
      assertEquals(last, LocalDate.parse(ds.get("end_date")), code);
      assertTrue(Set.of("public", "restricted", "confidential").contains(ds.get("access")));
      assertTrue(ds.get("retention").equals("permanent") || ds.get("retention").matches("\\d+"));
      totalPages += pages;
    }
    assertEquals(result.pages(), totalPages);
    assertEquals(result.pages(), result.truth().size());
  }

  /** Pages of a document on disk: page images, or the pages of its PDF — never both. */
  private static int pagesOnDisk(String dossier, String document) throws IOException {
    Path folder = bag.resolve("data/files").resolve(dossier);
    Path pdf = folder.resolve(document + ".pdf");
    Path images = folder.resolve(document);
    assertTrue(Files.exists(pdf) ^ Files.isDirectory(images), document + ": one representation");
    if (Files.exists(pdf)) {
      try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
        return d.getNumberOfPages();
      }
    }
    try (Stream<Path> s = Files.list(images)) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      for (int i = 0; i < names.size(); i++) {
        assertTrue(
            names.get(i).matches(String.format("%04d\\.(png|jpg|tif)", i + 1)), names.get(i));
      }
      return names.size();
    }
  }

  @Test
  void everyTextIsNfc() throws IOException {
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(bag)) {
      s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".txt"))
          .forEach(texts::add);
    }
    texts.add(result.truthFile());
    for (Path p : texts) {
      String t = Files.readString(p, StandardCharsets.UTF_8);
      assertTrue(Normalizer.isNormalized(t, Normalizer.Form.NFC), p + " is not NFC");
    }
    String documents = Files.readString(bag.resolve("data/documents.csv"));
    assertTrue(documents.contains("Đăng ký"), "Vietnamese with diacritics");
  }

  @Test
  void suppliedTextHasOnePagePerPageAndEqualsTheTruth() throws IOException {
    Map<String, List<String>> truthByDoc = new LinkedHashMap<>();
    for (PageTruth t : result.truth()) {
      truthByDoc.computeIfAbsent(t.documentCode(), k -> new ArrayList<>()).add(t.text());
    }
    for (CSVRecord d : csv(bag.resolve("data/documents.csv"))) {
      Path txt =
          bag.resolve("data/files")
              .resolve(d.get("dossier_code"))
              .resolve(d.get("document_code") + ".txt");
      String[] pages = Files.readString(txt).split("\f", -1);
      assertEquals(Integer.parseInt(d.get("page_count")), pages.length, txt.toString());
      // Light defects: the contractor's OCR read everything right.
      assertEquals(truthByDoc.get(d.get("document_code")), List.of(pages));
    }
  }

  @Test
  void truthLiesBesideTheBagNotInIt() throws IOException {
    assertEquals(bag.getParent(), result.truthFile().getParent());
    assertEquals(bag.getFileName() + ".truth.jsonl", result.truthFile().getFileName().toString());
    List<String> lines = Files.readAllLines(result.truthFile());
    assertEquals(result.pages(), lines.size());
    assertTrue(lines.get(0).startsWith("{\"dossier\":"));
    for (PageTruth t : result.truth()) {
      String file = t.file().replaceFirst("#page=\\d+$", "");
      assertTrue(Files.exists(bag.resolve(file)), file);
      assertFalse(t.text().isBlank());
    }
  }

  @Test
  void personalIdsFollowTheCccdStructure() throws IOException {
    Set<String> provinces = new TreeSet<>();
    Places.load().provinces.keySet().forEach(provinces::add);
    int checked = 0;
    for (CSVRecord d : csv(bag.resolve("data/documents.csv"))) {
      if (d.get("subject_ids").isEmpty()) {
        continue;
      }
      String[] ids = d.get("subject_ids").split(";");
      String[] names = d.get("subject_names").split(";");
      String[] births = d.get("subject_birth_dates").split(";");
      assertEquals(names.length, ids.length);
      assertEquals(births.length, ids.length);
      for (int i = 0; i < ids.length; i++) {
        LocalDate born = LocalDate.parse(births[i]);
        if (ids[i].length() == 9) {
          assertTrue(ids[i].matches("\\d{9}"), ids[i]);
          continue;
        }
        assertCccd(ids[i], born, provinces);
        checked++;
      }
    }
    assertTrue(checked > 0, "some 12-digit IDs");
  }

  static void assertCccd(String id, LocalDate born, Set<String> provinces) {
    assertTrue(id.matches("0\\d{11}"), id);
    assertTrue(provinces.contains(id.substring(1, 3)), id + ": province code");
    int century = id.charAt(3) - '0';
    assertEquals(born.getYear() >= 2000, century >= 2, id + " for " + born);
    assertTrue(century <= 3, id);
    assertEquals(String.format("%02d", born.getYear() % 100), id.substring(4, 6), id);
  }

  @Test
  void cccdEncodesSexAndCentury() {
    People people = new People(new java.util.Random(1));
    Set<String> provinces = Set.of("79");
    LocalDate d1990 = LocalDate.of(1990, 5, 1);
    LocalDate d2005 = LocalDate.of(2005, 5, 1);
    assertEquals('0', people.cccd("79", true, d1990).charAt(3));
    assertEquals('1', people.cccd("79", false, d1990).charAt(3));
    assertEquals('2', people.cccd("79", true, d2005).charAt(3));
    assertEquals('3', people.cccd("79", false, d2005).charAt(3));
    assertTrue(people.cccd("79", true, d1990).startsWith("079090"));
    assertTrue(people.cccd("01", false, d2005).startsWith("001305"));
    assertCccd(people.cccd("79", false, d2005), d2005, provinces);
    assertEquals(9, people.cmnd("01").length());
  }

  @Test
  void theSearchDemosNameNguyenVanDuc() throws IOException {
    String documents = Files.readString(bag.resolve("data/documents.csv"));
    assertTrue(documents.contains("Nguyễn Văn Đức"));
    assertTrue(result.truth().stream().anyMatch(t -> t.text().contains("NGUYỄN VĂN ĐỨC")));
  }

  @Test
  void imagesDecodeAtA4ForTheirDpi() throws IOException {
    Set<String> formats = new TreeSet<>();
    for (PageTruth t : result.truth()) {
      if (!t.source().equals("image")) {
        continue;
      }
      BufferedImage img = ImageIO.read(bag.resolve(t.file()).toFile());
      assertNotNull(img, t.file());
      assertEquals(1654, img.getWidth(), t.file());
      assertEquals(2339, img.getHeight(), t.file());
      assertEquals(1, img.getColorModel().getNumComponents(), "grayscale " + t.file());
      formats.add(t.file().substring(t.file().lastIndexOf('.') + 1));
    }
    assertEquals(Set.of("jpg", "png", "tif"), formats);
    assertEquals(2480, PageRenderer.widthPx(300));
    assertEquals(3508, PageRenderer.heightPx(300));
  }

  @Test
  void pdfsOfBothKindsAndTheTextLayerReadsBack() throws IOException {
    Result r =
        new HandoverPackageGenerator(2)
            .generate(
                MIXED.withSeed(7).withDossiers(1).withDocuments(2, 2).withPdfShare(1.0),
                dir.resolve("pdf"));
    Set<String> sources =
        r.truth().stream().map(PageTruth::source).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("pdf-scan", "pdf-text"), sources);
    for (PageTruth t : r.truth()) {
      String file = t.file().replaceFirst("#page=\\d+$", "");
      try (PDDocument pdf = Loader.loadPDF(r.bag().resolve(file).toFile())) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(t.page());
        stripper.setEndPage(t.page());
        String text = stripper.getText(pdf);
        if (t.source().equals("pdf-text")) {
          double cer = TextMetrics.characterErrorRate(t.text(), text);
          assertTrue(cer < 0.01, "CER " + cer + " on " + t.file());
          String longest =
              t.text().lines().max((x, y) -> Integer.compare(x.length(), y.length())).orElseThrow();
          assertTrue(TextMetrics.normalize(text).contains(TextMetrics.normalize(longest)), longest);
        } else {
          assertTrue(text.isBlank(), "a scanned PDF has no text layer");
          assertTrue(
              pdf.getPage(t.page() - 1).getResources().getXObjectNames().iterator().hasNext(),
              "a scanned page is an image");
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    Options small = MIXED.withSeed(99).withDossiers(2).withPages(1, 2).withPdfShare(0.5);
    Result a = new HandoverPackageGenerator(1).generate(small, dir.resolve("a"));
    Result b = new HandoverPackageGenerator(3).generate(small, dir.resolve("b"));
    for (String f :
        List.of(
            "data/fonds.csv",
            "data/dossiers.csv",
            "data/documents.csv",
            "manifest-sha256.txt",
            "bag-info.txt")) {
      assertArrayEquals(
          Files.readAllBytes(a.bag().resolve(f)), Files.readAllBytes(b.bag().resolve(f)), f);
    }
    assertArrayEquals(Files.readAllBytes(a.truthFile()), Files.readAllBytes(b.truthFile()));
    Result c = new HandoverPackageGenerator(2).generate(small.withSeed(100), dir.resolve("c"));
    assertNotEquals(
        Files.readString(a.bag().resolve("data/documents.csv")),
        Files.readString(c.bag().resolve("data/documents.csv")));
  }

  @Test
  void aZipHoldsTheBagDirectoryAndStaysValid() throws Exception {
    Result r =
        new HandoverPackageGenerator(2)
            .generate(
                MIXED
                    .withSeed(5)
                    .withDossiers(2)
                    .withPages(1, 1)
                    .withZip(true)
                    .withOrigin("district:771"),
                dir.resolve("zip"));
    assertNull(r.bag());
    assertTrue(Files.isRegularFile(r.zip()));
    assertEquals(r.externalIdentifier() + ".zip", r.zip().getFileName().toString());
    Path out = dir.resolve("unzipped");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(r.zip()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertTrue(e.getName().startsWith(r.externalIdentifier() + "/"), e.getName());
        Path target = out.resolve(e.getName());
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
    assertTrue(names.contains(r.externalIdentifier() + "/bagit.txt"));
    Path unzipped = out.resolve(r.externalIdentifier());
    verifyWithLibrary(unzipped);
    assertEquals("district:771", bagInfo(unzipped).get("Hoso-Origin-Unit"));
    assertTrue(bagInfo(unzipped).get("Source-Organization").startsWith("UBND Quận 10"));
  }

  // ---------------------------------------------------------------- helpers

  static void verifyWithLibrary(Path bagDir) throws Exception {
    Bag b = new BagReader().read(bagDir);
    try (BagVerifier v = new BagVerifier()) {
      v.isValid(b, false); // throws on any problem
    }
    BagVerifier.quicklyVerify(b); // Payload-Oxum
  }

  static Map<String, String> manifest(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      int sep = line.indexOf("  ");
      assertTrue(sep == 64, "'<sha256>  <path>': " + line);
      out.put(line.substring(sep + 2), line.substring(0, sep));
    }
    return out;
  }

  static Map<String, String> bagInfo(Path bagDir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(bagDir.resolve("bag-info.txt"))) {
      int sep = line.indexOf(": ");
      out.put(line.substring(0, sep), line.substring(sep + 2));
    }
    return out;
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }
}
