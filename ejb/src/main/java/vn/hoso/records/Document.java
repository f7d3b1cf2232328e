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
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  /** An archivist's correction of the summary (trích yếu); the search index follows on commit. */
  public void correctSummary(String summary) {
    this.summary = java.text.Normalizer.normalize(summary, java.text.Normalizer.Form.NFC).strip();
  }

  /** An archivist's change of the access level; the search index follows on commit. */
  public void changeAccess(AccessLevel level) {
    this.access = level.code();
  }
}
