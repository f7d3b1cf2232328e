package vn.hoso.ingest.check;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.exceptions.FileNotInManifestException;
import gov.loc.repository.bagit.exceptions.FileNotInPayloadDirectoryException;
import gov.loc.repository.bagit.exceptions.InvalidBagMetadataException;
import gov.loc.repository.bagit.exceptions.InvalidBagitFileFormatException;
import gov.loc.repository.bagit.exceptions.InvalidPayloadOxumException;
import gov.loc.repository.bagit.exceptions.MaliciousPathException;
import gov.loc.repository.bagit.exceptions.MissingBagitFileException;
import gov.loc.repository.bagit.exceptions.MissingPayloadDirectoryException;
import gov.loc.repository.bagit.exceptions.MissingPayloadManifestException;
import gov.loc.repository.bagit.exceptions.UnparsableVersionException;
import gov.loc.repository.bagit.exceptions.UnsupportedAlgorithmException;
import gov.loc.repository.bagit.exceptions.VerificationException;
import gov.loc.repository.bagit.hash.Hasher;
import gov.loc.repository.bagit.hash.StandardBagitAlgorithmNameToSupportedAlgorithmMapping;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.reader.BagitTextFileReader;
import gov.loc.repository.bagit.reader.ManifestReader;
import gov.loc.repository.bagit.reader.MetadataReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import gov.loc.repository.bagit.verify.QuickVerifier;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.ingest.check.CheckedPackage.BagInfo;

/**
 * The bag stage: no links, a readable BagIt bag verified complete and valid by the gov.loc bagit
 * library, a SHA-256 manifest, and the bag-info.txt fields of the handover format. Everything found
 * here refuses the whole package.
 */
final class BagCheck {

  static final String MANIFEST = "manifest-sha256.txt";

  /** What the later stages need from a verified bag. */
  record Outcome(BagInfo info, String manifestSha256, Map<String, String> payloadSha256, Bag bag) {}

  private final Path bagDir;
  private final UnitCatalog units;
  private final Problems problems;

  BagCheck(Path bagDir, UnitCatalog units, Problems problems) {
    this.bagDir = bagDir;
    this.units = units;
    this.problems = problems;
  }

  /** Adds PACKAGE_REFUSED problems; the outcome holds what could be read even when refused. */
  Outcome run() {
    Outcome empty = new Outcome(null, null, Map.of(), null);
    if (!Files.isDirectory(bagDir, LinkOption.NOFOLLOW_LINKS)) {
      problems.pkg(Msg.BAG_UNREADABLE, "không có thư mục gói");
      return empty;
    }
    // The bagit library follows links when it walks and hashes; a link could make it read (and
    // the later stages store) a file outside the bag, so links are refused before it runs.
    if (!noLinks()) {
      return empty;
    }
    if (!Files.isRegularFile(bagDir.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS)) {
      problems.pkgFile(Msg.BAG_BAGIT_MISSING, "bagit.txt");
      return empty;
    }
    // fetch.txt asks the receiver to download payload from URLs: never done, so refused.
    if (Files.exists(bagDir.resolve("fetch.txt"), LinkOption.NOFOLLOW_LINKS)) {
      problems.pkgFile(Msg.BAG_FETCH, "fetch.txt");
      return empty;
    }
    boolean hasManifest = Files.isRegularFile(bagDir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
    if (!hasManifest) {
      problems.pkgFile(Msg.BAG_MANIFEST_MISSING, MANIFEST);
    }

    Bag bag = readBag();
    if (bag == null) {
      return empty;
    }
    checkBagitTxt(bag);
    BagInfo info = bagInfo(bag);
    Map<String, String> payload = payloadSha256(bag);
    String manifestSha = hasManifest ? sha256(bagDir.resolve(MANIFEST)) : null;
    if (hasManifest) {
      verify(bag, info);
    }
    return new Outcome(info, manifestSha, payload, bag);
  }

  private boolean noLinks() {
    List<String> links = new ArrayList<>();
    try {
      Files.walkFileTree(
          bagDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink() || attrs.isOther()) {
                links.add(rel(file));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.pkg(Msg.BAG_UNREADABLE, "không đọc được thư mục gói");
      return false;
    }
    links.stream().sorted().forEach(l -> problems.pkgFile(Msg.BAG_LINK, l));
    return links.isEmpty();
  }

  /**
   * Reads the bag with the library. Its tag files are first read one by one with the library's own
   * readers, so a malformed line is reported against the file that holds it (BagReader alone gives
   * the same exception for bagit.txt and bag-info.txt).
   */
  private Bag readBag() {
    Charset encoding;
    try {
      encoding = BagitTextFileReader.readBagitTextFile(bagDir.resolve("bagit.txt")).getValue();
    } catch (UnparsableVersionException e) {
      problems.pkgFile(Msg.BAG_BAGIT_INVALID, "bagit.txt", "không đọc được phiên bản");
      return null;
    } catch (InvalidBagitFileFormatException | IOException | RuntimeException e) {
      problems.pkgFile(Msg.BAG_BAGIT_INVALID, "bagit.txt", "sai dạng");
      return null;
    }
    Path info = bagDir.resolve("bag-info.txt");
    if (Files.exists(info, LinkOption.NOFOLLOW_LINKS)) {
      try {
        MetadataReader.readBagMetadata(bagDir, encoding);
      } catch (InvalidBagMetadataException e) {
        problems.pkgFile(Msg.BAG_INFO_SYNTAX, "bag-info.txt", firstBracket(e.getMessage()));
        return null;
      } catch (IOException | RuntimeException e) {
        problems.pkgFile(Msg.BAG_UNREADABLE, "bag-info.txt", "không đọc được tệp");
        return null;
      }
    }
    List<Path> manifests = new ArrayList<>();
    try (var s = Files.list(bagDir)) {
      s.filter(p -> p.getFileName().toString().matches("(tag)?manifest-.*\\.txt"))
          .sorted()
          .forEach(manifests::add);
    } catch (IOException e) {
      problems.pkg(Msg.BAG_UNREADABLE, "không đọc được thư mục gói");
      return null;
    }
    StandardBagitAlgorithmNameToSupportedAlgorithmMapping names =
        new StandardBagitAlgorithmNameToSupportedAlgorithmMapping();
    boolean ok = true;
    for (Path m : manifests) {
      String name = m.getFileName().toString();
      try {
        ManifestReader.readManifest(names, m, bagDir, encoding);
      } catch (MaliciousPathException e) {
        problems.pkgFile(Msg.BAG_MANIFEST_PATH, name, outside(firstBracket(e.getMessage())));
        ok = false;
      } catch (UnsupportedAlgorithmException e) {
        problems.pkgFile(Msg.BAG_MANIFEST_INVALID, name, "thuật toán không được hỗ trợ");
        ok = false;
      } catch (InvalidBagitFileFormatException | IOException | RuntimeException e) {
        problems.pkgFile(
            Msg.BAG_MANIFEST_INVALID, name, "có dòng không đúng dạng “<mã>  <đường dẫn>”");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return new BagReader().read(bagDir);
    } catch (Exception e) {
      // Each part was read above; a failure here is one the checks above did not foresee.
      problems.pkg(Msg.BAG_UNREADABLE, "gói không đúng quy định BagIt");
      return null;
    }
  }

  /** A path the library resolved outside the bag, shown relative to the bag (no server path). */
  private String outside(String path) {
    try {
      return Msg.show(bagDir.relativize(Path.of(path).toAbsolutePath().normalize()).toString());
    } catch (RuntimeException e) {
      return "?";
    }
  }

  private String manifestName() {
    return Files.exists(bagDir.resolve(MANIFEST)) ? MANIFEST : null;
  }

  /**
   * The spec says BagIt-Version 1.0 and UTF-8 tag files. Version 0.97 is accepted as well: it is
   * what common tools (bagit-python) still write by default, and its layout is the same.
   */
  private void checkBagitTxt(Bag bag) {
    Version v = bag.getVersion();
    if (v == null || !(v.equals(new Version(1, 0)) || v.equals(new Version(0, 97)))) {
      problems.pkgFile(
          Msg.BAG_BAGIT_INVALID, "bagit.txt", "phiên bản " + (v == null ? "không rõ" : v));
    }
    if (!StandardCharsets.UTF_8.equals(bag.getFileEncoding())) {
      problems.pkgFile(
          Msg.BAG_BAGIT_INVALID, "bagit.txt", "bảng mã " + bag.getFileEncoding().name());
    }
  }

  // --- bag-info.txt ------------------------------------------------------------------------------

  private static final String SOURCE = "Source-Organization";
  private static final String DATE = "Bagging-Date";
  private static final String EXTERNAL_ID = "External-Identifier";
  private static final String ORIGIN = "Hoso-Origin-Unit";
  private static final String RECEIVING = "Hoso-Receiving-Unit";
  private static final String OXUM = "Payload-Oxum";
  private static final String VERSION = "Hoso-Package-Version";

  private static final Map<String, String> EXAMPLES =
      Map.of(
          SOURCE, "UBND Phường 14, Quận 10",
          DATE, "2025-07-15",
          EXTERNAL_ID, "BG-2025-0001",
          ORIGIN, "commune:27169",
          RECEIVING, "27169",
          OXUM, "1048576.42",
          VERSION, "1");

  static final Pattern ORIGIN_PATTERN = Pattern.compile("(commune|district|province):(\\d{1,5})");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
  private static final Pattern OXUM_PATTERN = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

  private BagInfo bagInfo(Bag bag) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (SimpleImmutableEntry<String, String> e : bag.getMetadata().getAll()) {
      fields
          .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
          .add(Normalizer.normalize(e.getValue().strip(), Normalizer.Form.NFC));
    }
    String source = field(fields, SOURCE);
    LocalDate date = null;
    String dateText = field(fields, DATE);
    if (dateText != null) {
      date = Values.date(dateText);
      if (date == null) {
        invalid(DATE, dateText, "cần ngày dạng YYYY-MM-DD");
      }
    }
    String externalId = field(fields, EXTERNAL_ID);
    String level = null;
    String code = null;
    String origin = field(fields, ORIGIN);
    if (origin != null) {
      Matcher m = ORIGIN_PATTERN.matcher(origin);
      if (!m.matches()) {
        invalid(
            ORIGIN,
            origin,
            "cần dạng <cấp>:<mã> với cấp là commune, district hoặc province, ví dụ commune:27169");
      } else if (!units.oldUnitExists(m.group(1), m.group(2))) {
        unknownUnit(ORIGIN, m.group(2), "danh mục đơn vị cấp " + m.group(1) + " trước 01/07/2025");
      } else {
        level = m.group(1);
        code = m.group(2);
      }
    }
    String receiving = field(fields, RECEIVING);
    if (receiving != null) {
      if (!DIGITS.matcher(receiving).matches()) {
        invalid(RECEIVING, receiving, "cần mã số của xã, phường, đặc khu mới, ví dụ 27169");
        receiving = null;
      } else if (!units.newUnitExists(receiving)) {
        unknownUnit(RECEIVING, receiving, "danh mục đơn vị cấp xã từ 01/07/2025");
        receiving = null;
      }
    }
    String oxum = field(fields, OXUM);
    if (oxum != null && !OXUM_PATTERN.matcher(oxum).matches()) {
      invalid(OXUM, oxum, "cần dạng <tổng số byte>.<số tệp>, ví dụ 1048576.42");
      oxum = null;
    }
    String version = field(fields, VERSION);
    if (version != null && !version.equals("1")) {
      invalid(VERSION, version, "phiên bản định dạng gói được hỗ trợ là 1");
      version = null;
    }
    return new BagInfo(
        source,
        date,
        externalId,
        level,
        code,
        receiving,
        oxum,
        version,
        Collections.unmodifiableMap(fields));
  }

  /**
   * The single value of a required field, or null after reporting it missing or repeated. Labels
   * are matched without regard to case, as RFC 8493 tools differ in how they write them.
   */
  private String field(Map<String, List<String>> fields, String label) {
    List<String> values = new ArrayList<>();
    fields.forEach(
        (k, v) -> {
          if (k.strip().equalsIgnoreCase(label)) {
            values.addAll(v);
          }
        });
    values.removeIf(String::isEmpty);
    if (values.isEmpty()) {
      problems.add(
          IngestProblem.Severity.PACKAGE_REFUSED,
          Msg.BAG_INFO_MISSING,
          "bag-info.txt",
          null,
          label,
          null,
          label + ": " + EXAMPLES.get(label));
      return null;
    }
    if (new LinkedHashSet<>(values).size() > 1) {
      invalid(label, String.join(" | ", values), "trường chỉ được ghi một lần");
      return null;
    }
    return values.get(0);
  }

  private void invalid(String label, String value, String why) {
    problems.add(
        IngestProblem.Severity.PACKAGE_REFUSED,
        Msg.BAG_INFO_INVALID,
        "bag-info.txt",
        null,
        label,
        null,
        Msg.show(value),
        why);
  }

  private void unknownUnit(String label, String code, String list) {
    problems.add(
        IngestProblem.Severity.PACKAGE_REFUSED,
        Msg.UNIT_UNKNOWN,
        "bag-info.txt",
        null,
        label,
        null,
        Msg.show(code),
        list);
  }

  // --- verification ------------------------------------------------------------------------------

  private void verify(Bag bag, BagInfo info) {
    if (info.payloadOxum() != null) {
      try {
        if (QuickVerifier.canQuickVerify(bag)) {
          QuickVerifier.quicklyVerify(bag);
        }
      } catch (InvalidPayloadOxumException | IOException e) {
        problems.pkgFile(Msg.BAG_OXUM, "bag-info.txt", info.payloadOxum(), actualOxum());
      }
    }
    // The quick check only compares totals; the full check names the files, so it runs even
    // when the totals already disagree.
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(bag, false);
    } catch (FileNotInPayloadDirectoryException e) {
      List<String> missing = bracketedPaths(e.getMessage());
      if (missing.isEmpty()) {
        problems.pkg(Msg.BAG_FILE_MISSING);
      }
      missing.forEach(f -> problems.pkgFile(Msg.BAG_FILE_MISSING, f));
    } catch (FileNotInManifestException e) {
      unlisted(bag, e);
    } catch (CorruptChecksumException e) {
      corrupt(bag, e);
    } catch (MissingBagitFileException e) {
      problems.pkgFile(Msg.BAG_BAGIT_MISSING, "bagit.txt");
    } catch (MissingPayloadDirectoryException e) {
      problems.pkgFile(Msg.BAG_FILE_MISSING, "data/");
    } catch (MissingPayloadManifestException e) {
      problems.pkgFile(Msg.BAG_MANIFEST_MISSING, MANIFEST);
    } catch (MaliciousPathException e) {
      problems.pkgFile(
          Msg.BAG_MANIFEST_PATH, manifestName(), outside(firstBracket(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.pkg(Msg.BAG_UNREADABLE, "việc kiểm tra bị ngắt");
    } catch (VerificationException | IOException | RuntimeException e) {
      problems.pkg(Msg.BAG_UNREADABLE, "lỗi khi đọc tệp để kiểm tra mã SHA-256");
    } catch (Exception e) {
      // isValid declares a long list of checked exceptions; any other one is a refusal too.
      problems.pkg(Msg.BAG_UNREADABLE, "gói không hợp lệ theo BagIt");
    }
  }

  /**
   * The library stops at the first payload file missing from the manifest; the report lists all of
   * them, so the payload directory is listed once more against the manifest's file set.
   */
  private void unlisted(Bag bag, FileNotInManifestException e) {
    Set<String> listed = new HashSet<>();
    for (Manifest m : bag.getPayLoadManifests()) {
      m.getFileToChecksumMap().keySet().forEach(p -> listed.add(rel(p)));
    }
    List<String> found = new ArrayList<>();
    try (var s = Files.walk(bagDir.resolve("data"))) {
      s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(this::rel)
          .filter(r -> !listed.contains(r))
          .sorted()
          .forEach(found::add);
    } catch (IOException ex) {
      // fall back to the one file the library named
    }
    if (found.isEmpty()) {
      found.addAll(bracketedPaths(e.getMessage()));
    }
    if (found.isEmpty()) {
      problems.pkg(Msg.BAG_FILE_UNLISTED);
    }
    found.forEach(f -> problems.pkgFile(Msg.BAG_FILE_UNLISTED, f));
  }

  /**
   * The library stops at the first checksum mismatch (of any manifest). The report gives every
   * mismatching payload file with both digests, so after a mismatch each file of the SHA-256
   * manifest is hashed again with the library's own {@link Hasher}.
   */
  private void corrupt(Bag bag, CorruptChecksumException e) {
    Map<String, String[]> bad = new TreeMap<>();
    List<String> parts = brackets(e.getMessage());
    String first = parts.isEmpty() ? null : relIfInside(parts.get(0));
    List<String> hexes = parts.stream().filter(s -> s.matches("[0-9a-fA-F]{32,128}")).toList();
    if (first != null && hexes.size() >= 2) {
      bad.put(first, new String[] {hexes.get(0).toLowerCase(Locale.ROOT), hexes.get(1)});
    }
    for (Manifest m : bag.getPayLoadManifests()) {
      if (m.getAlgorithm() != StandardSupportedAlgorithms.SHA256) {
        continue;
      }
      for (Map.Entry<Path, String> en : m.getFileToChecksumMap().entrySet()) {
        try {
          String actual = Hasher.hash(en.getKey(), MessageDigest.getInstance("SHA-256"));
          if (!actual.equalsIgnoreCase(en.getValue())) {
            bad.put(
                rel(en.getKey()),
                new String[] {
                  en.getValue().toLowerCase(Locale.ROOT), actual.toLowerCase(Locale.ROOT)
                });
          }
        } catch (IOException | NoSuchAlgorithmException ex) {
          // already refused; the library's own finding is reported below
        }
      }
    }
    if (bad.isEmpty()) {
      problems.pkgFile(Msg.BAG_CHECKSUM, first, "?", "?");
    }
    bad.forEach((f, d) -> problems.pkgFile(Msg.BAG_CHECKSUM, f, d[0], d[1]));
  }

  private String actualOxum() {
    long[] totals = {0, 0};
    try (var s = Files.walk(bagDir.resolve("data"))) {
      s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(
              p -> {
                totals[0] += p.toFile().length();
                totals[1]++;
              });
    } catch (IOException e) {
      return "?";
    }
    return String.format(Msg.VI, "%,d byte trong %,d tệp", totals[0], totals[1]);
  }

  private Map<String, String> payloadSha256(Bag bag) {
    Map<String, String> out = new TreeMap<>();
    for (Manifest m : bag.getPayLoadManifests()) {
      if (m.getAlgorithm() == StandardSupportedAlgorithms.SHA256) {
        m.getFileToChecksumMap()
            .forEach((p, h) -> out.put(rel(p), h.strip().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private String sha256(Path file) {
    try {
      return Hasher.hash(file, MessageDigest.getInstance("SHA-256")).toLowerCase(Locale.ROOT);
    } catch (IOException | NoSuchAlgorithmException e) {
      problems.pkgFile(Msg.BAG_MANIFEST_INVALID, MANIFEST, "không đọc được tệp");
      return null;
    }
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** The bag-relative path with '/' separators. */
  String rel(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path r = bagDir.relativize(abs);
    return r.toString().replace('\\', '/');
  }

  private String relIfInside(String s) {
    try {
      Path p = Path.of(s).toAbsolutePath().normalize();
      return p.startsWith(bagDir) ? rel(p) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Paths inside the bag named between square brackets in a library message. */
  private List<String> bracketedPaths(String message) {
    List<String> out = new ArrayList<>();
    for (String s : brackets(message)) {
      String r = relIfInside(s);
      if (r != null && !out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");

  /** The library's messages put every variable part between square brackets, in any locale. */
  static List<String> brackets(String message) {
    List<String> out = new ArrayList<>();
    if (message != null) {
      Matcher m = BRACKET.matcher(message);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private String firstBracket(String message) {
    List<String> b = brackets(message);
    return b.isEmpty() ? "?" : Msg.show(b.get(0));
  }
}
