package vn.hoso.records;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.Text;

/** Văn bản: one document of a dossier, with the people and businesses it concerns and its pages. */
@Entity
@Table(name = "document")
public class Document {

  /** What documents.csv says of a document. */
  public record Description(
      String code,
      int ordinal,
      String kind,
      String typeName,
      String number,
      String notation,
      LocalDate issuedDate,
      String issuingOrgan,
      String summary,
      int pageCount,
      AccessLevel access,
      boolean autograph,
      String notes,
      List<Subject> subjects,
      List<String> businessCodes)
      implements Serializable {}

  /**
   * A person the document is about: personal ID (12-digit CCCD or 9-digit CMND), name, birth date.
   */
  @Embeddable
  public record Subject(
      @Column(name = "personal_id") String personalId,
      @Column(name = "full_name") String fullName,
      @Column(name = "birth_date") LocalDate birthDate)
      implements Serializable {}

  /**
   * The descriptive metadata an archivist may correct after ingest (Circular 02/2019/TT-BNV's
   * description of a document): what it is, its number and notation, who issued it and when, its
   * summary (trích yếu), and who may see it. The field names are those of the edit form and the
   * API.
   */
  public record Metadata(
      String typeName,
      String number,
      String notation,
      String issuingOrgan,
      LocalDate issuedDate,
      String summary,
      AccessLevel access)
      implements Serializable {}

  /** One field changed by {@link #revise}: its name, and its value before and after (as text). */
  public record Change(String field, String before, String after) implements Serializable {}

  /** Longest values the columns hold (V2__records_and_handovers.sql). */
  static final int MAX_TYPE_NAME = 300;

  static final int MAX_NUMBER = 100;
  static final int MAX_NOTATION = 200;
  static final int MAX_ISSUING_ORGAN = 500;
  static final int MAX_SUMMARY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Bumped by every change, so that two archivists editing at once cannot overwrite each other. */
  @Version private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id")
  private Dossier dossier;

  @Column(nullable = false)
  private String code;

  private int ordinal;

  @Column(nullable = false)
  private String kind;

  @Column(name = "type_name", nullable = false)
  private String typeName;

  @Column(name = "doc_number")
  private String number;

  private String notation;

  @Column(name = "issued_date", nullable = false)
  private LocalDate issuedDate;

  @Column(name = "issuing_organ", nullable = false)
  private String issuingOrgan;

  @Column(nullable = false)
  private String summary;

  @Column(name = "page_count")
  private int pageCount;

  @Column(name = "access_level", nullable = false)
  private String access;

  private boolean autograph;
  private String notes;

  @ElementCollection
  @CollectionTable(name = "document_subject", joinColumns = @JoinColumn(name = "document_id"))
  @OrderColumn(name = "ordinal")
  private List<Subject> subjects = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "document_business", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "business_code")
  private Set<String> businessCodes = new LinkedHashSet<>();

  @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
  @OrderBy("pageNo")
  private List<Page> pages = new ArrayList<>();

  protected Document() {}

  Document(Dossier dossier, Description d) {
    this.dossier = dossier;
    this.code = d.code();
    this.ordinal = d.ordinal();
    this.kind = d.kind();
    this.typeName = d.typeName();
    this.number = d.number();
    this.notation = d.notation();
    this.issuedDate = d.issuedDate();
    this.issuingOrgan = d.issuingOrgan();
    this.summary = d.summary();
    this.pageCount = d.pageCount();
    this.access = (d.access() == null ? dossier.getAccess() : d.access()).code();
    this.autograph = d.autograph();
    this.notes = d.notes();
    this.subjects.addAll(d.subjects());
    this.businessCodes.addAll(d.businessCodes());
  }

  /** Adds the next page; pages are numbered from 1 in the order they are added. */
  public Page addPage(Page.Scan scan, Page.Text text) {
    Page page = new Page(this, pages.size() + 1, scan, text);
    pages.add(page);
    return page;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Dossier getDossier() {
    return dossier;
  }

  public String getKind() {
    return kind;
  }

  public String getTypeName() {
    return typeName;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getIssuedDate() {
    return issuedDate;
  }

  public AccessLevel getAccess() {
    return AccessLevel.ofCode(access);
  }

  public List<Subject> getSubjects() {
    return subjects;
  }

  public Set<String> getBusinessCodes() {
    return businessCodes;
  }

  public List<Page> getPages() {
    return pages;
  }

  public String getNumber() {
    return number;
  }

  public String getNotation() {
    return notation;
  }

  public String getIssuingOrgan() {
    return issuingOrgan;
  }

  public int getPageCount() {
    return pageCount;
  }

  /** "227/QĐ-UBND" as documents write it: the notation when it holds the number, else both. */
  public String numberAndNotation() {
    return numberAndNotation(number, notation);
  }

  /** {@link #numberAndNotation()} of a number and a notation read without their document. */
  public static String numberAndNotation(String number, String notation) {
    String n = number == null ? "" : number.strip();
    String t = notation == null ? "" : notation.strip();
    if (t.isEmpty()) {
      return n;
    }
    if (n.isEmpty() || t.startsWith(n + "/")) {
      return t;
    }
    return n + "/" + t;
  }

  public int getVersion() {
    return version;
  }

  /** The descriptive metadata as it stands. */
  public Metadata metadata() {
    return new Metadata(typeName, number, notation, issuingOrgan, issuedDate, summary, getAccess());
  }

  /**
   * An archivist's correction of the descriptive metadata. Text is taken as Unicode NFC, trimmed,
   * inner spaces collapsed, control characters dropped; a blank number or notation is removed.
   * Every field is checked before anything changes: a refusal names each field in Vietnamese and
   * leaves the document as it was.
   *
   * @param today the date in Vietnam, after which no document can have been issued
   * @return the fields that changed, in the form's order; empty when nothing did
   */
  public List<Change> revise(Metadata m, LocalDate today) {
    String newType = Text.clean(m.typeName());
    String newNumber = Text.clean(m.number());
    String newNotation = Text.clean(m.notation());
    String newOrgan = Text.clean(m.issuingOrgan());
    String newSummary = Text.clean(m.summary());
    List<InvalidInput.Problem> problems = new ArrayList<>();
    required(
        problems,
        "typeName",
        "Loại văn bản",
        newType,
        MAX_TYPE_NAME,
        "hãy ghi loại văn bản (ví dụ: Quyết định, Giấy khai sinh).");
    bounded(problems, "number", "Số văn bản", newNumber, MAX_NUMBER);
    bounded(problems, "notation", "Ký hiệu", newNotation, MAX_NOTATION);
    required(
        problems,
        "issuingOrgan",
        "Cơ quan ban hành",
        newOrgan,
        MAX_ISSUING_ORGAN,
        "hãy ghi tên cơ quan đã ban hành văn bản.");
    if (m.issuedDate() == null) {
      problems.add(
          new InvalidInput.Problem(
              "issuedDate", "Ngày ban hành: hãy ghi ngày ban hành (ngày/tháng/năm)."));
    } else if (m.issuedDate().isAfter(today)) {
      problems.add(
          new InvalidInput.Problem("issuedDate", "Ngày ban hành: không thể sau ngày hôm nay."));
    }
    required(
        problems,
        "summary",
        "Trích yếu nội dung",
        newSummary,
        MAX_SUMMARY,
        "hãy ghi trích yếu nội dung của văn bản.");
    if (m.access() == null) {
      problems.add(
          new InvalidInput.Problem(
              "access", "Chế độ sử dụng: hãy chọn công khai, hạn chế hoặc mật."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<Change> changes = new ArrayList<>();
    note(changes, "typeName", typeName, newType);
    note(changes, "number", number, newNumber);
    note(changes, "notation", notation, newNotation);
    note(changes, "issuingOrgan", issuingOrgan, newOrgan);
    note(
        changes,
        "issuedDate",
        issuedDate == null ? null : issuedDate.toString(),
        m.issuedDate().toString());
    note(changes, "summary", summary, newSummary);
    note(changes, "access", access, m.access().code());
    this.typeName = newType;
    this.number = newNumber;
    this.notation = newNotation;
    this.issuingOrgan = newOrgan;
    this.issuedDate = m.issuedDate();
    this.summary = newSummary;
    this.access = m.access().code();
    return List.copyOf(changes);
  }

  private static void required(
      List<InvalidInput.Problem> problems,
      String field,
      String label,
      String value,
      int max,
      String whatToDo) {
    if (value == null) {
      problems.add(new InvalidInput.Problem(field, label + ": " + whatToDo));
    } else {
      bounded(problems, field, label, value, max);
    }
  }

  private static void bounded(
      List<InvalidInput.Problem> problems, String field, String label, String value, int max) {
    if (Text.tooLong(value, max)) {
      problems.add(
          new InvalidInput.Problem(
              field,
              label + ": dài " + value.length() + " ký tự, quá " + max + " ký tự cho phép."));
    }
  }

  private static void note(List<Change> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(field, before, after));
    }
  }
}
