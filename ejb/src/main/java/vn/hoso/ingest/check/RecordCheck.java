package vn.hoso.ingest.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hoso.ingest.check.CheckedPackage.BagInfo;
import vn.hoso.ingest.check.CheckedPackage.Fonds;
import vn.hoso.ingest.check.CheckedPackage.Page;
import vn.hoso.ingest.check.CheckedPackage.Subject;
import vn.hoso.ingest.check.IngestProblem.Severity;

/**
 * The CSV stage: reads fonds.csv, dossiers.csv and documents.csv and checks every row. A problem in
 * fonds.csv refuses the package (every dossier belongs to the fonds); a problem in a dossier's row
 * or in one of its documents' rows refuses that dossier only.
 */
final class RecordCheck {

  static final List<String> FONDS_REQUIRED = List.of("fonds_code", "fonds_name");
  static final Set<String> FONDS_COLUMNS =
      Set.of(
          "fonds_code", "fonds_name", "origin_unit", "start_year", "end_year", "closed", "notes");

  static final List<String> DOSSIER_REQUIRED =
      List.of(
          "dossier_code",
          "fonds_code",
          "title",
          "retention",
          "access",
          "start_date",
          "end_date",
          "document_count",
          "page_count");
  static final Set<String> DOSSIER_COLUMNS =
      Set.of(
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
          "notes");

  static final List<String> DOCUMENT_REQUIRED =
      List.of(
          "document_code",
          "dossier_code",
          "ordinal",
          "kind",
          "type_name",
          "issued_date",
          "issuing_organ",
          "summary",
          "page_count");
  static final Set<String> DOCUMENT_COLUMNS =
      Set.of(
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
          "notes");

  static final List<String> ACCESS = List.of("public", "restricted", "confidential");
  static final List<String> KINDS =
      List.of("civil_status", "land", "construction", "business_registration", "decision", "other");

  /**
   * Dossier and document codes name folders and files under data/files, so they are limited to
   * characters that are safe and unambiguous in a path: no separators, no leading dot.
   */
  static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

  private static final Pattern SUBJECT_ID = Pattern.compile("\\d{12}|\\d{9}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** A dossiers.csv row, with its documents attached later. */
  static final class DossierDraft {
    int row;
    String code;
    String fondsCode;
    String catalogNo;
    String boxNo;
    String fileNo;
    String title;
    Integer retentionYears;
    String access;
    String language;
    LocalDate startDate;
    LocalDate endDate;
    Integer documentCount;
    Integer sheetCount;
    Integer pageCount;
    String physicalCondition;
    List<String> keywords = List.of();
    String notes;

    /** A second row with an already used code: refused, and its counts are not compared. */
    boolean duplicate;

    final List<DocumentDraft> documents = new ArrayList<>();
  }

  /** A documents.csv row, with its pages attached by {@link FileCheck}. */
  static final class DocumentDraft {
    int row;
    String code;
    String dossierCode;
    Integer ordinal;
    String kind;
    String typeName;
    String number;
    String notation;
    LocalDate issuedDate;
    String issuingOrgan;
    String summary;
    Integer pageCount;
    List<Subject> subjects = List.of();
    List<String> businessCodes = List.of();
    String access;
    boolean autograph;
    String notes;
    String pdfFile;
    String textFile;

    /** A second row with an already used code: refused, and its files are not looked for. */
    boolean duplicate;

    /** Null until the files were read without a problem. */
    List<Page> pages;
  }

  private final Problems problems;
  private final IngestLimits limits;
  Fonds fonds;

  /** Dossiers with a valid code, in file order; duplicates are kept (and refused). */
  final List<DossierDraft> dossiers = new ArrayList<>();

  /** Documents with valid codes whose dossier is in dossiers.csv, in file order. */
  final List<DocumentDraft> documents = new ArrayList<>();

  RecordCheck(Problems problems, IngestLimits limits) {
    this.problems = problems;
    this.limits = limits;
  }

  // --- fonds.csv -------------------------------------------------------------------------------

  void fonds(CsvTable t, BagInfo info) {
    if (t.rows.size() != 1) {
      problems.pkgFile(Msg.FONDS_ROWS, t.file, t.rows.size());
      return;
    }
    Ctx c = new Ctx(t, t.rows.get(0), Severity.PACKAGE_REFUSED, null);
    c.shape();
    String code = c.required("fonds_code");
    String name = c.required("fonds_name");
    String origin = c.optional("origin_unit");
    if (origin != null && info != null && info.originLevel() != null) {
      String declared = info.originLevel() + ":" + info.originCode();
      if (!origin.equals(declared)) {
        c.fail(Msg.FONDS_ORIGIN_UNIT, "origin_unit", Msg.show(origin), declared);
      }
    }
    Integer start = c.year("start_year");
    Integer end = c.year("end_year");
    if (start != null && end != null && start > end) {
      c.fail(Msg.CSV_VALUE_YEAR, "end_year", end, "năm kết thúc sớm hơn năm bắt đầu " + start);
    }
    Boolean closed = c.bool("closed");
    String notes = c.optional("notes");
    if (!c.bad) {
      fonds = new Fonds(code, name, origin, start, end, Boolean.TRUE.equals(closed), notes);
    }
  }

  // --- dossiers.csv ----------------------------------------------------------------------------

  void dossiers(CsvTable t, String fondsCode) {
    Map<String, Integer> firstRow = new HashMap<>();
    for (CsvTable.Row r : t.rows) {
      String raw = r.get("dossier_code");
      Ctx c = new Ctx(t, r, Severity.DOSSIER_REFUSED, raw.isEmpty() ? null : raw);
      c.shape();
      DossierDraft d = new DossierDraft();
      d.row = r.number;
      d.code = c.code("dossier_code");
      if (d.code != null) {
        Integer first = firstRow.putIfAbsent(d.code, r.number);
        if (first != null) {
          c.fail(Msg.DOSSIER_DUPLICATE, "dossier_code", Msg.show(d.code), first);
          d.duplicate = true;
        }
      }
      d.fondsCode = c.required("fonds_code");
      if (d.fondsCode != null && fondsCode != null && !d.fondsCode.equals(fondsCode)) {
        c.fail(Msg.DOSSIER_FONDS, "fonds_code", Msg.show(d.fondsCode), fondsCode);
      }
      d.catalogNo = c.optional("catalog_no");
      d.boxNo = c.optional("box_no");
      d.fileNo = c.optional("file_no");
      d.title = c.required("title");
      String retention = c.required("retention");
      if (retention != null && !retention.equals("permanent")) {
        d.retentionYears = c.integer("retention", 1, 1000, "“permanent” hoặc số năm, ví dụ 20");
      }
      d.access = c.oneOf("access", ACCESS, true);
      String language = c.optional("language");
      d.language = language == null ? "vi" : language;
      d.startDate = c.date("start_date", true);
      d.endDate = c.date("end_date", true);
      if (d.startDate != null && d.endDate != null && d.endDate.isBefore(d.startDate)) {
        c.fail(Msg.CSV_VALUE_DATE_ORDER, "end_date", d.endDate.toString(), d.startDate.toString());
      }
      d.documentCount = c.integer("document_count", 0, Integer.MAX_VALUE, "số nguyên ≥ 0");
      d.sheetCount = c.integer("sheet_count", 0, Integer.MAX_VALUE, "số nguyên ≥ 0");
      d.pageCount = c.integer("page_count", 0, Integer.MAX_VALUE, "số nguyên ≥ 0");
      d.physicalCondition = c.optional("physical_condition");
      d.keywords = list(c.optional("keywords"));
      d.notes = c.optional("notes");
      if (d.code != null) {
        dossiers.add(d);
      }
    }
  }

  // --- documents.csv ---------------------------------------------------------------------------

  void documents(CsvTable t) {
    Map<String, DossierDraft> byCode = new LinkedHashMap<>();
    for (DossierDraft d : dossiers) {
      byCode.putIfAbsent(d.code, d);
    }
    Map<String, Integer> firstRow = new HashMap<>();
    Map<String, Map<Integer, DocumentDraft>> ordinals = new HashMap<>();
    Map<String, Integer> counted = new HashMap<>();
    for (CsvTable.Row r : t.rows) {
      String rawDossier = r.get("dossier_code");
      Ctx c = new Ctx(t, r, Severity.DOSSIER_REFUSED, rawDossier.isEmpty() ? null : rawDossier);
      c.shape();
      DocumentDraft doc = new DocumentDraft();
      doc.row = r.number;
      doc.dossierCode = c.code("dossier_code");
      if (!rawDossier.isEmpty()) {
        counted.merge(rawDossier, 1, Integer::sum);
      }
      DossierDraft dossier = doc.dossierCode == null ? null : byCode.get(doc.dossierCode);
      if (doc.dossierCode != null && dossier == null) {
        c.fail(Msg.DOCUMENT_DOSSIER_UNKNOWN, "dossier_code", Msg.show(doc.dossierCode));
      }
      doc.code = c.code("document_code");
      if (doc.code != null) {
        Integer first = firstRow.putIfAbsent(doc.code, r.number);
        if (first != null) {
          c.fail(Msg.DOCUMENT_DUPLICATE, "document_code", Msg.show(doc.code), first);
          doc.duplicate = true;
        }
      }
      doc.ordinal = c.integer("ordinal", 1, Integer.MAX_VALUE, "số nguyên ≥ 1");
      if (doc.ordinal != null && doc.dossierCode != null) {
        DocumentDraft other =
            ordinals
                .computeIfAbsent(doc.dossierCode, k -> new HashMap<>())
                .putIfAbsent(doc.ordinal, doc);
        if (other != null) {
          c.fail(
              Msg.DOCUMENT_ORDINAL_DUPLICATE,
              "ordinal",
              doc.ordinal,
              Msg.show(other.code),
              other.row);
        }
      }
      doc.kind = c.oneOf("kind", KINDS, true);
      doc.typeName = c.required("type_name");
      doc.number = c.optional("number");
      doc.notation = c.optional("notation");
      doc.issuedDate = c.date("issued_date", true);
      doc.issuingOrgan = c.required("issuing_organ");
      doc.summary = c.required("summary");
      doc.pageCount = c.integer("page_count", 1, Integer.MAX_VALUE, "số nguyên ≥ 1");
      doc.subjects = subjects(c, r);
      doc.businessCodes = list(c.optional("business_codes"));
      doc.access = c.oneOf("access", ACCESS, false);
      doc.autograph = Boolean.TRUE.equals(c.bool("autograph"));
      doc.notes = c.optional("notes");
      if (dossier != null && doc.code != null) {
        documents.add(doc);
        dossier.documents.add(doc);
      }
    }
    // document_count is compared with every row naming the dossier, valid or not: a row with a
    // bad value is still a document the dossier claims.
    for (DossierDraft d : dossiers) {
      int found = counted.getOrDefault(d.code, 0);
      if (!d.duplicate && d.documentCount != null && d.documentCount != found) {
        problems.add(
            Severity.DOSSIER_REFUSED,
            Msg.DOSSIER_DOCUMENT_COUNT,
            "data/dossiers.csv",
            d.row,
            "document_count",
            d.code,
            d.documentCount,
            found,
            Msg.show(d.code));
      }
    }
  }

  /**
   * subject_ids, subject_names and subject_birth_dates are parallel lists: where two are given they
   * must have the same length. An empty name or birth date inside a list stands for "not known" and
   * keeps the positions aligned; an empty identifier is an error.
   */
  private List<Subject> subjects(Ctx c, CsvTable.Row r) {
    List<String> ids = listKeepingBlanks(c.optional("subject_ids"));
    List<String> names = listKeepingBlanks(c.optional("subject_names"));
    List<String> births = listKeepingBlanks(c.optional("subject_birth_dates"));
    for (String id : ids) {
      if (!SUBJECT_ID.matcher(id).matches()) {
        c.fail(Msg.CSV_VALUE_SUBJECT_ID, "subject_ids", Msg.show(id));
      }
    }
    List<LocalDate> dates = new ArrayList<>();
    for (String b : births) {
      LocalDate d = b.isEmpty() ? null : Values.date(b);
      if (!b.isEmpty() && d == null) {
        c.fail(Msg.CSV_VALUE_DATE, "subject_birth_dates", Msg.show(b));
      }
      dates.add(d);
    }
    int n = Math.max(ids.size(), Math.max(names.size(), births.size()));
    if (!names.isEmpty() && !ids.isEmpty() && names.size() != ids.size()) {
      c.fail(Msg.CSV_VALUE_LIST_LENGTH, "subject_names", names.size(), "subject_ids", ids.size());
    }
    if (!births.isEmpty()) {
      String other = ids.isEmpty() ? "subject_names" : "subject_ids";
      int otherSize = ids.isEmpty() ? names.size() : ids.size();
      if (otherSize != 0 && births.size() != otherSize) {
        c.fail(Msg.CSV_VALUE_LIST_LENGTH, "subject_birth_dates", births.size(), other, otherSize);
      }
    }
    List<Subject> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = i < ids.size() ? ids.get(i) : null;
      String name = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : null;
      LocalDate birth = i < dates.size() ? dates.get(i) : null;
      out.add(new Subject(id, name, birth));
    }
    return List.copyOf(out);
  }

  /** A semicolon list without its empty items. */
  static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return List.of();
    }
    for (String s : cell.split(";")) {
      String v = s.strip();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A semicolon list keeping empty items in place, since positions pair the lists up: "a;" is two
   * items, the second unknown.
   */
  static List<String> listKeepingBlanks(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : cell.split(";", -1)) {
      out.add(s.strip());
    }
    return out;
  }

  /** Checks of one row; every failure is reported with the row's file, number and dossier. */
  private final class Ctx {
    final CsvTable t;
    final CsvTable.Row r;
    final Severity severity;
    final String dossier;
    boolean bad;

    Ctx(CsvTable t, CsvTable.Row r, Severity severity, String dossier) {
      this.t = t;
      this.r = r;
      this.severity = severity;
      this.dossier = dossier == null ? null : Msg.show(dossier);
    }

    void fail(Msg msg, String column, Object... args) {
      problems.add(severity, msg, t.file, r.number, column, dossier, args);
      bad = true;
    }

    /** Field count and cell size, before anything reads the values. */
    void shape() {
      if (r.values.length != t.header.size()) {
        fail(Msg.CSV_ROW_FIELDS, null, r.values.length, t.header.size());
      }
      int max = limits.maxCsvCellChars();
      for (int i = 0; i < r.values.length; i++) {
        if (r.values[i].length() > max) {
          String col = i < t.header.size() ? t.header.get(i) : null;
          fail(Msg.CSV_CELL_SIZE, col, r.values[i].length(), max);
          oversized.add(col);
        }
      }
    }

    /** Columns already reported as oversized: not checked again, to avoid a cascade. */
    private final Set<String> oversized = new HashSet<>();

    String optional(String col) {
      String v = r.get(col);
      return v.isEmpty() || oversized.contains(col) ? null : v;
    }

    String required(String col) {
      if (oversized.contains(col)) {
        return null;
      }
      String v = r.get(col);
      if (v.isEmpty()) {
        fail(Msg.CSV_VALUE_MISSING, col);
        return null;
      }
      return v;
    }

    String code(String col) {
      String v = required(col);
      if (v != null && !CODE.matcher(v).matches()) {
        fail(Msg.CSV_VALUE_CODE, col, Msg.show(v));
        return null;
      }
      return v;
    }

    LocalDate date(String col, boolean isRequired) {
      String v = isRequired ? required(col) : optional(col);
      if (v == null) {
        return null;
      }
      LocalDate d = Values.date(v);
      if (d == null) {
        fail(Msg.CSV_VALUE_DATE, col, Msg.show(v));
      }
      return d;
    }

    /** Required unless the column is optional in the spec (sheet_count). */
    Integer integer(String col, int min, int max, String what) {
      boolean isRequired = !col.equals("sheet_count");
      String v = isRequired ? required(col) : optional(col);
      if (v == null) {
        return null;
      }
      try {
        if (v.matches("\\d{1,10}")) {
          long n = Long.parseLong(v);
          if (n >= min && n <= max) {
            return (int) n;
          }
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      fail(Msg.CSV_VALUE_INTEGER, col, Msg.show(v), what);
      return null;
    }

    Integer year(String col) {
      String v = optional(col);
      if (v == null) {
        return null;
      }
      if (!YEAR.matcher(v).matches()) {
        fail(Msg.CSV_VALUE_YEAR, col, Msg.show(v), "cần 4 chữ số, ví dụ 1976");
        return null;
      }
      return Integer.parseInt(v);
    }

    String oneOf(String col, List<String> allowed, boolean isRequired) {
      String v = isRequired ? required(col) : optional(col);
      if (v != null && !allowed.contains(v)) {
        fail(Msg.CSV_VALUE_ENUM, col, Msg.show(v), String.join(", ", allowed));
        return null;
      }
      return v;
    }

    Boolean bool(String col) {
      String v = optional(col);
      if (v == null) {
        return null;
      }
      if (v.equals("true") || v.equals("false")) {
        return Boolean.valueOf(v);
      }
      fail(Msg.CSV_VALUE_BOOLEAN, col, Msg.show(v));
      return null;
    }
  }
}
