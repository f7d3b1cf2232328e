package vn.hoso.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.check.CheckedPackage.Document;
import vn.hoso.ingest.check.CheckedPackage.Dossier;
import vn.hoso.ingest.check.CheckedPackage.Page;
import vn.hoso.ingest.check.IngestProblem.Severity;

/**
 * One valid package, then packages broken in one way each: every check of the handover spec's
 * table, and hostile content. Each test asserts the problem (code, severity, where) and what
 * survives.
 */
class PackageCheckerTest {

  @TempDir Path tmp;

  private static final Severity PKG = Severity.PACKAGE_REFUSED;
  private static final Severity DOSSIER = Severity.DOSSIER_REFUSED;
  private static final Severity WARN = Severity.WARNING;

  // --- helpers -----------------------------------------------------------------------------------

  private CheckedPackage check(Path bag) {
    return check(bag, IngestLimits.defaults());
  }

  private CheckedPackage check(Path bag, IngestLimits limits) {
    return new PackageChecker().check(bag, TestBags.UNITS, limits);
  }

  private CheckedPackage check(TestBags b) throws IOException {
    return check(b.write(tmp));
  }

  private static List<String> codes(CheckedPackage r) {
    return r.problems().stream().map(IngestProblem::code).toList();
  }

  private static IngestProblem problem(CheckedPackage r, String code) {
    List<IngestProblem> found = r.problems().stream().filter(p -> p.code().equals(code)).toList();
    assertEquals(1, found.size(), () -> "one " + code + " expected in " + r.problems());
    return found.get(0);
  }

  private static void assertAt(
      IngestProblem p, Severity severity, String file, Integer row, String column, String dossier) {
    assertEquals(severity, p.severity(), p::toString);
    assertEquals(file, p.file(), p::toString);
    assertEquals(row, p.row(), p::toString);
    assertEquals(column, p.column(), p::toString);
    assertEquals(dossier, p.dossierCode(), p::toString);
    assertFalse(p.message().isBlank());
  }

  private static List<String> accepted(CheckedPackage r) {
    return r.dossiers().stream().map(Dossier::code).toList();
  }

  /** Package refused: nothing accepted. */
  private static void assertNothingAccepted(CheckedPackage r) {
    assertTrue(r.refused(), () -> r.problems().toString());
    assertEquals(List.of(), r.dossiers());
  }

  /** Only HS-002 survives; HS-001 is refused; the package itself is not. */
  private static void assertOnlyHs002(CheckedPackage r) {
    assertFalse(r.refused(), () -> r.problems().toString());
    assertEquals(List.of("HS-002"), accepted(r));
    assertEquals(Set.of("HS-001"), r.refusedDossierCodes());
  }

  private static void assertOnlyHs001(CheckedPackage r) {
    assertFalse(r.refused(), () -> r.problems().toString());
    assertEquals(List.of("HS-001"), accepted(r));
    assertEquals(Set.of("HS-002"), r.refusedDossierCodes());
  }

  private static Document doc(CheckedPackage r, String code) {
    return r.dossiers().stream()
        .flatMap(d -> d.documents().stream())
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  // --- the valid package -------------------------------------------------------------------------

  @Test
  void validPackageChecksOutWithZeroProblems() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    CheckedPackage r = check(bag);

    assertEquals(List.of(), r.problems());
    assertFalse(r.refused());
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
    assertEquals(Set.of(), r.refusedDossierCodes());

    assertEquals("BG-2025-0001", r.bagInfo().externalIdentifier());
    assertEquals("commune", r.bagInfo().originLevel());
    assertEquals("27169", r.bagInfo().originCode());
    assertEquals("27169", r.bagInfo().receivingUnit());
    assertEquals("P-27169", r.fonds().code());
    assertTrue(r.fonds().closed());

    Dossier hs1 = r.dossiers().get(0);
    assertTrue(hs1.permanent());
    assertEquals(List.of("khai sinh", "hộ tịch"), hs1.keywords());
    assertEquals(
        List.of("VB-001", "VB-002"), hs1.documents().stream().map(Document::code).toList());
    assertEquals(20, r.dossiers().get(1).retentionYears());

    List<Page> png = doc(r, "VB-001").pages();
    assertEquals(2, png.size());
    assertEquals(TestBags.PNG1, png.get(0).file());
    assertEquals("image/png", png.get(0).mediaType());
    assertEquals(40, png.get(0).width());
    assertEquals(30, png.get(0).height());

    Document pdf = doc(r, "VB-002");
    assertEquals(TestBags.PDF, pdf.pdfFile());
    assertEquals(TestBags.TXT, pdf.textFile());
    assertEquals(List.of(true, false), pdf.pages().stream().map(Page::textLayer).toList());
    assertEquals("Quyết định số 125/QĐ-UBND", pdf.pages().get(0).suppliedText());
    assertEquals("Trang hai", pdf.pages().get(1).suppliedText());

    List<Page> mixed = doc(r, "VB-003").pages();
    assertEquals(List.of("image/tiff", "image/jpeg"), mixed.stream().map(Page::mediaType).toList());
    assertEquals(2, doc(r, "VB-003").subjects().size());
    assertEquals("025123456", doc(r, "VB-003").subjects().get(1).id());
    assertNull(doc(r, "VB-003").subjects().get(1).birthDate());

    assertEquals(9, r.payloadSha256().size());
    assertEquals(
        TestBags.hex("SHA-256", Files.readAllBytes(bag.resolve(TestBags.PDF))),
        r.payloadSha256().get(TestBags.PDF));
    assertEquals(
        TestBags.hex("SHA-256", Files.readAllBytes(bag.resolve("manifest-sha256.txt"))),
        r.manifestSha256());
  }

  // --- the bag: whole package refused ------------------------------------------------------------

  @Test
  void checksumMismatchRefusesThePackageNamingFileAndBothDigests() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Path png = bag.resolve(TestBags.PNG1);
    byte[] bytes = Files.readAllBytes(png);
    String listed = TestBags.hex("SHA-256", bytes);
    bytes[bytes.length - 6] ^= 1; // same size, so Payload-Oxum still matches
    Files.write(png, bytes);
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.manifest.checksum"), codes(r));
    IngestProblem p = problem(r, "bag.manifest.checksum");
    assertAt(p, PKG, TestBags.PNG1, null, null, null);
    assertTrue(p.message().contains(listed), p.message());
    assertTrue(p.message().contains(TestBags.hex("SHA-256", bytes)), p.message());
    assertNothingAccepted(r);
  }

  @Test
  void everyChecksumMismatchIsListedNotOnlyTheFirst() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    for (String f : List.of(TestBags.PNG1, TestBags.JPG)) {
      byte[] bytes = Files.readAllBytes(bag.resolve(f));
      bytes[bytes.length - 3] ^= 1;
      Files.write(bag.resolve(f), bytes);
    }
    CheckedPackage r = check(bag);
    assertEquals(List.of("bag.manifest.checksum", "bag.manifest.checksum"), codes(r));
    assertEquals(
        Set.of(TestBags.PNG1, TestBags.JPG),
        Set.copyOf(r.problems().stream().map(IngestProblem::file).toList()));
    assertNothingAccepted(r);
  }

  @Test
  void fileListedInManifestButMissingRefusesThePackage() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.delete(bag.resolve(TestBags.JPG));
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.oxum", "bag.file.missing"), codes(r));
    assertAt(problem(r, "bag.file.missing"), PKG, TestBags.JPG, null, null, null);
    assertAt(problem(r, "bag.oxum"), PKG, "bag-info.txt", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void payloadFileNotInManifestRefusesThePackage() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.writeString(bag.resolve("data/files/HS-002/ghi-chu.txt"), "thêm");
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.oxum", "bag.file.unlisted"), codes(r));
    assertAt(
        problem(r, "bag.file.unlisted"), PKG, "data/files/HS-002/ghi-chu.txt", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void wrongPayloadOxumRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Payload-Oxum", "12345.9");
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.oxum"), codes(r));
    IngestProblem p = problem(r, "bag.oxum");
    assertAt(p, PKG, "bag-info.txt", null, null, null);
    assertTrue(p.message().contains("12345.9"), p.message());
    assertNothingAccepted(r);
  }

  @Test
  void missingBagitTxtRefusesThePackage() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.delete(bag.resolve("bagit.txt"));
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.bagit.missing"), codes(r));
    assertAt(problem(r, "bag.bagit.missing"), PKG, "bagit.txt", null, null, null);
    assertNothingAccepted(r);
    assertNull(r.bagInfo());
  }

  @Test
  void bagWithoutSha256ManifestIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.sha256Manifest = false; // manifest-md5.txt only
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.manifest.missing"), codes(r));
    assertAt(problem(r, "bag.manifest.missing"), PKG, "manifest-sha256.txt", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void manifestPathOutsideTheBagIsRefused() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.writeString(
        bag.resolve("manifest-sha256.txt"),
        "0".repeat(64) + "  data/../../secret.txt\n",
        java.nio.file.StandardOpenOption.APPEND);
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.manifest.path"), codes(r));
    IngestProblem p = problem(r, "bag.manifest.path");
    assertAt(p, PKG, "manifest-sha256.txt", null, null, null);
    assertFalse(p.message().contains(tmp.toString()), "no server path in the message");
    assertNothingAccepted(r);
  }

  @Test
  void fetchTxtIsRefused() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.writeString(bag.resolve("fetch.txt"), "http://example.org/a.pdf - data/a.pdf\n");
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.fetch"), codes(r));
    assertAt(problem(r, "bag.fetch"), PKG, "fetch.txt", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void symlinkInADirectoryBagIsRefusedAndNeverFollowed() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    String marker = "BI-MAT-" + UUID.randomUUID();
    Files.writeString(secret, marker);
    Path bag = TestBags.valid().write(tmp);
    Path link = bag.resolve("data/files/HS-001/VB-001/0003.png");
    Files.createSymbolicLink(link, secret);
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.link"), codes(r));
    assertAt(problem(r, "bag.link"), PKG, "data/files/HS-001/VB-001/0003.png", null, null, null);
    assertNothingAccepted(r);
    assertFalse(r.toString().contains(marker));
  }

  @Test
  void missingBagInfoFieldIsNamed() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.remove("External-Identifier");
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.info.missing"), codes(r));
    IngestProblem p = problem(r, "bag.info.missing");
    assertAt(p, PKG, "bag-info.txt", null, "External-Identifier", null);
    assertTrue(p.message().startsWith("Tệp bag-info.txt, trường External-Identifier:"));
    assertNothingAccepted(r);
  }

  @Test
  void badBaggingDateIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Bagging-Date", "15/07/2025");
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.info.invalid"), codes(r));
    assertAt(problem(r, "bag.info.invalid"), PKG, "bag-info.txt", null, "Bagging-Date", null);
    assertNothingAccepted(r);
  }

  @Test
  void malformedOriginUnitIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Hoso-Origin-Unit", "ward:27169");
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.info.invalid"), codes(r));
    assertAt(problem(r, "bag.info.invalid"), PKG, "bag-info.txt", null, "Hoso-Origin-Unit", null);
    assertNothingAccepted(r);
  }

  @Test
  void unknownOldOriginUnitIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Hoso-Origin-Unit", "district:999");
    b.fonds.get(0).put("origin_unit", "district:999");
    CheckedPackage r = check(b);

    assertEquals(List.of("unit.unknown"), codes(r));
    IngestProblem p = problem(r, "unit.unknown");
    assertAt(p, PKG, "bag-info.txt", null, "Hoso-Origin-Unit", null);
    assertTrue(p.message().contains("“999”"), p.message());
    assertNothingAccepted(r);
  }

  @Test
  void districtAndProvinceOriginsAreAccepted() throws IOException {
    for (String origin : List.of("district:771", "province:79")) {
      TestBags b = TestBags.valid();
      b.bagInfo.put("Hoso-Origin-Unit", origin);
      b.fonds.get(0).put("origin_unit", origin);
      Path dir = Files.createDirectories(tmp.resolve(origin.replace(':', '-')));
      CheckedPackage r = check(b.write(dir));
      assertEquals(List.of(), r.problems());
      assertEquals(origin.split(":")[0], r.bagInfo().originLevel());
    }
  }

  @Test
  void unknownReceivingUnitIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Hoso-Receiving-Unit", "00071");
    CheckedPackage r = check(b);

    assertEquals(List.of("unit.unknown"), codes(r));
    assertAt(problem(r, "unit.unknown"), PKG, "bag-info.txt", null, "Hoso-Receiving-Unit", null);
    assertNothingAccepted(r);
  }

  @Test
  void unsupportedPackageVersionIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.bagInfo.put("Hoso-Package-Version", "2");
    CheckedPackage r = check(b);

    assertEquals(List.of("bag.info.invalid"), codes(r));
    assertAt(
        problem(r, "bag.info.invalid"), PKG, "bag-info.txt", null, "Hoso-Package-Version", null);
    assertNothingAccepted(r);
  }

  @Test
  void malformedBagInfoLineIsRefused() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    Files.writeString(
        bag.resolve("bag-info.txt"),
        "Ghi chu khong co dau hai cham\n",
        java.nio.file.StandardOpenOption.APPEND);
    CheckedPackage r = check(bag);

    assertEquals(List.of("bag.info.syntax"), codes(r));
    assertAt(problem(r, "bag.info.syntax"), PKG, "bag-info.txt", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void emptyDirectoryIsNotABag() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CheckedPackage r = check(empty);

    assertEquals(List.of("bag.bagit.missing"), codes(r));
    assertNothingAccepted(r);
  }

  @Test
  void bagWithAnEmptyPayloadIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.clear();
    b.omit.addAll(List.of("data/fonds.csv", "data/dossiers.csv", "data/documents.csv"));
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.file.missing", "csv.file.missing", "csv.file.missing"), codes(r));
    assertEquals(PKG, r.problems().get(0).severity());
    assertEquals("data/fonds.csv", r.problems().get(0).file());
    assertNothingAccepted(r);
  }

  // --- CSV files ---------------------------------------------------------------------------------

  @Test
  void missingDossiersCsvRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.omit.add("data/dossiers.csv");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.file.missing"), codes(r));
    assertAt(problem(r, "csv.file.missing"), PKG, "data/dossiers.csv", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void fondsCsvWithTwoRowsRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.fonds.add(TestBags.row("fonds_code", "P-2", "fonds_name", "Phông thứ hai"));
    CheckedPackage r = check(b);

    assertEquals(List.of("fonds.rows"), codes(r));
    assertAt(problem(r, "fonds.rows"), PKG, "data/fonds.csv", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void fondsOriginUnitDifferentFromBagInfoRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.fonds.get(0).put("origin_unit", "district:771");
    CheckedPackage r = check(b);

    assertEquals(List.of("fonds.origin_unit"), codes(r));
    assertAt(problem(r, "fonds.origin_unit"), PKG, "data/fonds.csv", 1, "origin_unit", null);
    assertNothingAccepted(r);
  }

  @Test
  void missingRequiredColumnRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.dossiers.forEach(row -> row.remove("title"));
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.column.missing"), codes(r));
    assertAt(problem(r, "csv.column.missing"), PKG, "data/dossiers.csv", null, "title", null);
    assertNothingAccepted(r);
  }

  @Test
  void unparseableCsvRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    String text = TestBags.csv(b.documents) + "VB-009,HS-002,\"chưa đóng ngoặc kép\r\n";
    b.rawCsv.put("data/documents.csv", text.getBytes(StandardCharsets.UTF_8));
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.syntax"), codes(r));
    assertAt(problem(r, "csv.syntax"), PKG, "data/documents.csv", 4, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void csvWithMoreRowsThanAllowedRefusesThePackage() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    IngestLimits d = IngestLimits.defaults();
    IngestLimits twoRows =
        new IngestLimits(
            d.maxZipExpandedBytes(),
            d.maxZipEntries(),
            d.maxCompressionRatio(),
            d.maxImagePixels(),
            d.maxPdfPages(),
            d.maxCsvBytes(),
            d.maxCsvCellChars(),
            2);
    CheckedPackage r = check(bag, twoRows);

    assertEquals(List.of("csv.rows"), codes(r));
    assertAt(problem(r, "csv.rows"), PKG, "data/documents.csv", null, null, null);
    assertNothingAccepted(r);
  }

  @Test
  void badBooleanInFondsRefusesThePackage() throws IOException {
    TestBags b = TestBags.valid();
    b.fonds.get(0).put("closed", "có");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.boolean"), codes(r));
    assertAt(problem(r, "csv.value.boolean"), PKG, "data/fonds.csv", 1, "closed", null);
    assertNothingAccepted(r);
    assertNull(r.fonds());
  }

  @Test
  void dossierOfAnotherFondsIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-002").put("fonds_code", "P-00070");
    CheckedPackage r = check(b);

    assertEquals(List.of("dossier.fonds"), codes(r));
    assertAt(problem(r, "dossier.fonds"), DOSSIER, "data/dossiers.csv", 2, "fonds_code", "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void duplicateOrdinalInADossierIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-002").put("ordinal", "1");
    CheckedPackage r = check(b);

    assertEquals(List.of("document.ordinal.duplicate"), codes(r));
    assertAt(
        problem(r, "document.ordinal.duplicate"),
        DOSSIER,
        "data/documents.csv",
        2,
        "ordinal",
        "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void unknownColumnIsOnlyAWarning() throws IOException {
    TestBags b = TestBags.valid();
    b.dossiers.get(0).put("ghi_chu_them", "x");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.column.unknown"), codes(r));
    assertAt(
        problem(r, "csv.column.unknown"), WARN, "data/dossiers.csv", null, "ghi_chu_them", null);
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
  }

  @Test
  void badDateRefusesOnlyThatDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-002").put("start_date", "2024-13-01");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.date"), codes(r));
    IngestProblem p = problem(r, "csv.value.date");
    assertAt(p, DOSSIER, "data/dossiers.csv", 2, "start_date", "HS-002");
    assertTrue(
        p.message()
            .startsWith(
                "Tệp data/dossiers.csv, dòng 2, cột start_date: ngày “2024-13-01” không hợp lệ"
                    + " (định dạng YYYY-MM-DD)."),
        p.message());
    assertOnlyHs001(r);
  }

  @Test
  void impossibleDayAndEndBeforeStartAreRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-001").put("issued_date", "2023-02-29");
    b.dossier("HS-002").put("end_date", "2023-02-01");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.date_order", "csv.value.date"), codes(r));
    assertAt(
        problem(r, "csv.value.date_order"), DOSSIER, "data/dossiers.csv", 2, "end_date", "HS-002");
    assertAt(
        problem(r, "csv.value.date"), DOSSIER, "data/documents.csv", 1, "issued_date", "HS-001");
    assertEquals(List.of(), accepted(r));
    assertFalse(r.refused());
    assertEquals(Set.of("HS-001", "HS-002"), r.refusedDossierCodes());
  }

  @Test
  void duplicateDossierCodesRefuseBothRowsAndKeepTheOthers() throws IOException {
    TestBags b = TestBags.valid();
    Map<String, String> copy = new java.util.LinkedHashMap<>(b.dossier("HS-002"));
    copy.put("title", "Bản trùng mã");
    b.dossiers.add(copy);
    CheckedPackage r = check(b);

    assertEquals(List.of("dossier.duplicate"), codes(r));
    assertAt(
        problem(r, "dossier.duplicate"), DOSSIER, "data/dossiers.csv", 3, "dossier_code", "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void duplicateDocumentCodesRefuseTheDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-002").put("document_code", "VB-001");
    b.files.remove(TestBags.PDF);
    b.files.remove(TestBags.TXT);
    CheckedPackage r = check(b);

    assertEquals(List.of("document.duplicate"), codes(r));
    assertAt(
        problem(r, "document.duplicate"),
        DOSSIER,
        "data/documents.csv",
        2,
        "document_code",
        "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void enumValuesAreChecked() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-001").put("access", "secret");
    b.document("VB-003").put("kind", "birth");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.enum", "csv.value.enum"), codes(r));
    assertAt(r.problems().get(0), DOSSIER, "data/dossiers.csv", 1, "access", "HS-001");
    assertAt(r.problems().get(1), DOSSIER, "data/documents.csv", 3, "kind", "HS-002");
    assertEquals(List.of(), accepted(r));
  }

  @Test
  void retentionMustBePermanentOrYears() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-002").put("retention", "mãi mãi");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.integer"), codes(r));
    assertAt(
        problem(r, "csv.value.integer"), DOSSIER, "data/dossiers.csv", 2, "retention", "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void requiredValueMissingRefusesTheDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("summary", "  ");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.missing"), codes(r));
    assertAt(
        problem(r, "csv.value.missing"), DOSSIER, "data/documents.csv", 3, "summary", "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void codeThatIsNotAPathSegmentIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("document_code", "../VB-003");
    CheckedPackage r = check(b);

    assertTrue(codes(r).contains("csv.value.code"), () -> codes(r).toString());
    assertAt(
        problem(r, "csv.value.code"), DOSSIER, "data/documents.csv", 3, "document_code", "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void subjectIdMustBe12Or9Digits() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-001").put("subject_ids", "07920400123");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.subject_id"), codes(r));
    assertAt(
        problem(r, "csv.value.subject_id"),
        DOSSIER,
        "data/documents.csv",
        1,
        "subject_ids",
        "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void subjectNamesMustPairWithIds() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("subject_names", "Trần Thị Bình");
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.value.list_length"), codes(r));
    assertAt(
        problem(r, "csv.value.list_length"),
        DOSSIER,
        "data/documents.csv",
        3,
        "subject_names",
        "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void documentCountMustMatchDocumentsCsv() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-001").put("document_count", "3");
    CheckedPackage r = check(b);

    assertEquals(List.of("dossier.document_count"), codes(r));
    assertAt(
        problem(r, "dossier.document_count"),
        DOSSIER,
        "data/dossiers.csv",
        1,
        "document_count",
        "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void documentPageCountMustMatchThePagesFound() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("page_count", "3");
    CheckedPackage r = check(b);

    assertEquals(List.of("document.page_count"), codes(r));
    assertAt(
        problem(r, "document.page_count"),
        DOSSIER,
        "data/documents.csv",
        3,
        "page_count",
        "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void dossierPageCountMustMatchThePagesFound() throws IOException {
    TestBags b = TestBags.valid();
    b.dossier("HS-001").put("page_count", "5");
    CheckedPackage r = check(b);

    assertEquals(List.of("dossier.page_count"), codes(r));
    IngestProblem p = problem(r, "dossier.page_count");
    assertAt(p, DOSSIER, "data/dossiers.csv", 1, "page_count", "HS-001");
    assertTrue(p.message().contains("5 trang") && p.message().contains("4 trang"), p.message());
    assertOnlyHs002(r);
  }

  @Test
  void documentOfAnUnknownDossierIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("dossier_code", "HS-404");
    CheckedPackage r = check(b);

    assertTrue(codes(r).contains("document.dossier.unknown"), () -> codes(r).toString());
    assertAt(
        problem(r, "document.dossier.unknown"),
        DOSSIER,
        "data/documents.csv",
        3,
        "dossier_code",
        "HS-404");
    // HS-002 lost its only document, so its count no longer matches.
    assertAt(
        problem(r, "dossier.document_count"),
        DOSSIER,
        "data/dossiers.csv",
        2,
        "document_count",
        "HS-002");
    assertEquals(List.of("HS-001"), accepted(r));
  }

  @Test
  void csvInAWrongEncodingIsReportedWithRowAndByte() throws IOException {
    TestBags b = TestBags.valid();
    String text = TestBags.csv(b.dossiers);
    byte[] legacy = text.getBytes(Charset.forName("windows-1258"));
    b.rawCsv.put("data/dossiers.csv", legacy);
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.encoding"), codes(r));
    IngestProblem p = problem(r, "csv.encoding");
    assertAt(p, PKG, "data/dossiers.csv", 1, null, null);
    int firstBad = 0;
    while (legacy[firstBad] >= 0) {
      firstBad++;
    }
    assertTrue(p.message().contains("byte thứ " + (firstBad + 1)), p.message());
    assertNothingAccepted(r);
  }

  @Test
  void utf8BomIsTolerated() throws IOException {
    TestBags b = TestBags.valid();
    byte[] text = TestBags.csv(b.documents).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    b.rawCsv.put("data/documents.csv", withBom);
    CheckedPackage r = check(b);

    assertEquals(List.of(), r.problems());
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
  }

  @Test
  void nfdTextIsAcceptedAndNormalisedToNfc() throws IOException {
    TestBags b = TestBags.valid();
    String title = "Hồ sơ đăng ký khai sinh năm 2024";
    String nfd = Normalizer.normalize(title, Normalizer.Form.NFD);
    assertFalse(nfd.equals(title));
    b.dossier("HS-001").put("title", nfd);
    b.document("VB-001")
        .put("subject_names", Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD));
    CheckedPackage r = check(b);

    assertEquals(List.of(), r.problems());
    assertEquals(title, r.dossiers().get(0).title());
    assertEquals("Nguyễn Văn An", doc(r, "VB-001").subjects().get(0).name());
  }

  @Test
  void hugeCellRefusesOnlyItsDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("summary", "a".repeat(10_001));
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.cell.size"), codes(r));
    IngestProblem p = problem(r, "csv.cell.size");
    assertAt(p, DOSSIER, "data/documents.csv", 3, "summary", "HS-002");
    assertTrue(p.message().length() < 400, "the cell is not copied into the message");
    assertOnlyHs001(r);
  }

  @Test
  void rowWithTooManyFieldsRefusesItsDossier() throws IOException {
    TestBags b = TestBags.valid();
    String[] lines = TestBags.csv(b.dossiers).split("\r\n");
    String text = lines[0] + "\r\n" + lines[1] + ",thừa\r\n" + lines[2] + "\r\n";
    b.rawCsv.put("data/dossiers.csv", text.getBytes(StandardCharsets.UTF_8));
    CheckedPackage r = check(b);

    assertEquals(List.of("csv.row.fields"), codes(r));
    assertAt(problem(r, "csv.row.fields"), DOSSIER, "data/dossiers.csv", 1, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void documentDatedOutsideTheDossierIsAWarning() throws IOException {
    TestBags b = TestBags.valid();
    b.document("VB-003").put("issued_date", "2023-04-01");
    CheckedPackage r = check(b);

    assertEquals(List.of("dossier.dates"), codes(r));
    assertAt(problem(r, "dossier.dates"), WARN, "data/documents.csv", 3, "issued_date", "HS-002");
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
  }

  // --- payload files -----------------------------------------------------------------------------

  @Test
  void missingPageNumberRefusesTheDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put("data/files/HS-001/VB-001/0003.png", b.files.remove(TestBags.PNG2));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.page.missing"), codes(r));
    IngestProblem p = problem(r, "file.page.missing");
    assertAt(p, DOSSIER, "data/files/HS-001/VB-001/", null, null, "HS-001");
    assertTrue(p.message().contains("0002"), p.message());
    assertOnlyHs002(r);
  }

  @Test
  void documentWithoutFilesRefusesTheDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.files.remove(TestBags.PDF);
    b.files.remove(TestBags.TXT);
    CheckedPackage r = check(b);

    assertEquals(List.of("file.missing"), codes(r));
    assertAt(
        problem(r, "file.missing"), DOSSIER, "data/documents.csv", 2, "document_code", "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void pixelBombIsRefusedFromTheHeaderBeforeDecoding() throws IOException {
    TestBags b = TestBags.valid();
    byte[] bomb = TestBags.pngHeaderOnly(100_000, 100_000);
    assertTrue(bomb.length < 100);
    b.files.put(TestBags.PNG2, bomb);
    CheckedPackage r = check(b);

    assertEquals(List.of("file.pixels"), codes(r));
    assertAt(problem(r, "file.pixels"), DOSSIER, TestBags.PNG2, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void pixelBombInsideAPdfIsRefusedFromTheImageDictionary() throws IOException {
    TestBags b = TestBags.valid();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      org.apache.pdfbox.cos.COSStream image = doc.getDocument().createCOSStream();
      image.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.XOBJECT);
      image.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.IMAGE);
      image.setInt(org.apache.pdfbox.cos.COSName.WIDTH, 100_000);
      image.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 100_000);
      image.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
      image.setItem(
          org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICEGRAY);
      try (var os = image.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        os.write(new byte[64]);
      }
      org.apache.pdfbox.pdmodel.PDResources res = new org.apache.pdfbox.pdmodel.PDResources();
      org.apache.pdfbox.cos.COSDictionary xobjects = new org.apache.pdfbox.cos.COSDictionary();
      xobjects.setItem(org.apache.pdfbox.cos.COSName.getPDFName("Im1"), image);
      res.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.XOBJECT, xobjects);
      page.setResources(res);
      doc.save(out);
    }
    assertTrue(out.size() < 5_000, "a small file: " + out.size());
    b.files.put(TestBags.PDF, out.toByteArray());
    CheckedPackage r = check(b);

    assertEquals(List.of("file.pixels"), codes(r));
    IngestProblem p = problem(r, "file.pixels");
    assertEquals(TestBags.PDF, p.file());
    assertTrue(p.message().contains("100.000") || p.message().contains("100,000"), p.message());
  }

  @Test
  void truncatedJpegIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    byte[] jpg = b.files.get(TestBags.JPG);
    b.files.put(TestBags.JPG, java.util.Arrays.copyOf(jpg, jpg.length / 2));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.image.unreadable"), codes(r));
    assertAt(problem(r, "file.image.unreadable"), DOSSIER, TestBags.JPG, null, null, "HS-002");
    assertOnlyHs001(r);
  }

  @Test
  void truncatedPngIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    byte[] png = b.files.get(TestBags.PNG1);
    b.files.put(TestBags.PNG1, java.util.Arrays.copyOf(png, png.length - 30));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.image.unreadable"), codes(r));
    assertAt(problem(r, "file.image.unreadable"), DOSSIER, TestBags.PNG1, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void pdfNamedPngIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.PNG1, TestBags.pdf("trang", null));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.type"), codes(r));
    IngestProblem p = problem(r, "file.type");
    assertAt(p, DOSSIER, TestBags.PNG1, null, null, "HS-001");
    assertTrue(p.message().contains("PDF"), p.message());
    assertOnlyHs002(r);
  }

  @Test
  void pngNamedJpgIsAcceptedByItsRealTypeWithAWarning() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.JPG, TestBags.png(60, 45));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.type.extension"), codes(r));
    assertAt(problem(r, "file.type.extension"), WARN, TestBags.JPG, null, null, "HS-002");
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
    Page page = doc(r, "VB-003").pages().get(1);
    assertEquals("image/png", page.mediaType());
    assertEquals(60, page.width());
  }

  @Test
  void imageNamedPdfIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.PDF, TestBags.png(10, 10));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.type"), codes(r));
    assertAt(problem(r, "file.type"), DOSSIER, TestBags.PDF, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void encryptedPdfIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    try (PDDocument doc = Loader.loadPDF(b.files.get(TestBags.PDF))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      b.files.put(TestBags.PDF, out.toByteArray());
    }
    CheckedPackage r = check(b);

    assertEquals(List.of("file.pdf.encrypted"), codes(r));
    assertAt(problem(r, "file.pdf.encrypted"), DOSSIER, TestBags.PDF, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void pdfWithEmptyUserPasswordIsStillEncryptedAndRefused() throws IOException {
    TestBags b = TestBags.valid();
    try (PDDocument doc = Loader.loadPDF(b.files.get(TestBags.PDF))) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("chu-so-huu", "", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      b.files.put(TestBags.PDF, out.toByteArray());
    }
    CheckedPackage r = check(b);

    assertEquals(List.of("file.pdf.encrypted"), codes(r));
    assertOnlyHs002(r);
  }

  @Test
  void pdfOverThePageLimitIsRefused() throws IOException {
    Path bag = TestBags.valid().write(tmp);
    IngestLimits d = IngestLimits.defaults();
    IngestLimits onePage =
        new IngestLimits(
            d.maxZipExpandedBytes(),
            d.maxZipEntries(),
            d.maxCompressionRatio(),
            d.maxImagePixels(),
            1,
            d.maxCsvBytes(),
            d.maxCsvCellChars(),
            d.maxCsvRows());
    CheckedPackage r = check(bag, onePage);

    assertEquals(List.of("file.pdf.pages"), codes(r));
    assertAt(problem(r, "file.pdf.pages"), DOSSIER, TestBags.PDF, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void brokenPdfIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.PDF, "%PDF-1.7\nkhông phải PDF thật".getBytes(StandardCharsets.UTF_8));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.pdf.unreadable"), codes(r));
    assertAt(problem(r, "file.pdf.unreadable"), DOSSIER, TestBags.PDF, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  /**
   * XMP metadata is XML; a parser that resolves external entities would read a server file into the
   * metadata. The checker never parses XMP, so the file's content appears nowhere and the PDF is
   * accepted like any other.
   */
  @Test
  void pdfWithXxeInItsXmpNeitherReadsTheFileNorFails() throws IOException {
    Path secret = tmp.resolve("secret.txt");
    String marker = "BI-MAT-" + UUID.randomUUID();
    Files.writeString(secret, marker);
    String xmp =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>&xxe;</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";
    TestBags b = TestBags.valid();
    byte[] pdf = TestBags.pdf("Quyet dinh so 125/QD-UBND", xmp.getBytes(StandardCharsets.UTF_8));
    assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("<!ENTITY xxe SYSTEM"));
    b.files.put(TestBags.PDF, pdf);
    Path bag = b.write(Files.createDirectories(tmp.resolve("pkg")));
    CheckedPackage r = check(bag);

    assertEquals(List.of(), r.problems());
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
    assertFalse(r.toString().contains(marker), "the entity was never resolved");
  }

  @Test
  void suppliedTextWithWrongPageCountIsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.TXT, "một\ftrang\fquá nhiều".getBytes(StandardCharsets.UTF_8));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.text.pages"), codes(r));
    assertAt(problem(r, "file.text.pages"), DOSSIER, TestBags.TXT, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void suppliedTextNotInUtf8IsRefused() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put(TestBags.TXT, "Quyết định\fTrang hai".getBytes(Charset.forName("windows-1258")));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.text.encoding"), codes(r));
    assertAt(problem(r, "file.text.encoding"), DOSSIER, TestBags.TXT, null, null, "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void pdfAndPageFolderForOneDocumentIsAmbiguous() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put("data/files/HS-001/VB-002/0001.png", TestBags.png(10, 10));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.ambiguous"), codes(r));
    assertAt(
        problem(r, "file.ambiguous"), DOSSIER, "data/documents.csv", 2, "document_code", "HS-001");
    assertOnlyHs002(r);
  }

  @Test
  void misnamedFileInAPageFolderRefusesTheDossier() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put("data/files/HS-002/VB-003/trang-3.bmp", TestBags.png(10, 10));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.name"), codes(r));
    assertAt(
        problem(r, "file.name"),
        DOSSIER,
        "data/files/HS-002/VB-003/trang-3.bmp",
        null,
        null,
        "HS-002");
    assertOnlyHs001(r);
  }

  /**
   * A payload file no document claims is not stored and is reported as a warning: the bag is intact
   * and no dossier is concerned, so nothing is refused (see FileCheck).
   */
  @Test
  void unclaimedFileIsAWarning() throws IOException {
    TestBags b = TestBags.valid();
    b.files.put("data/files/HS-002/VB-999.pdf", TestBags.pdf("le", null));
    CheckedPackage r = check(b);

    assertEquals(List.of("file.unclaimed"), codes(r));
    assertAt(problem(r, "file.unclaimed"), WARN, "data/files/HS-002/VB-999.pdf", null, null, null);
    assertEquals(List.of("HS-001", "HS-002"), accepted(r));
    assertNotNull(r.payloadSha256().get("data/files/HS-002/VB-999.pdf"));
  }
}
