package vn.hoso.records;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hồ sơ: a file of documents on one matter, received whole or not at all (the package's check
 * refuses a dossier with any problem, and the store writes a dossier and all its pages in one
 * transaction).
 */
@Entity
@Table(name = "dossier")
public class Dossier {

  /** The catalogue data of a dossier, as the package's dossiers.csv gives it. */
  public record Description(
      String code,
      String catalogNo,
      String boxNo,
      String fileNo,
      String title,
      String retention,
      AccessLevel access,
      String language,
      LocalDate startDate,
      LocalDate endDate,
      int documentCount,
      Integer sheetCount,
      int pageCount,
      String physicalCondition,
      String keywords,
      String notes)
      implements java.io.Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fonds_id")
  private Fonds fonds;

  @Column(name = "handover_id", nullable = false)
  private Long handoverId;

  @Column(nullable = false)
  private String code;

  @Column(name = "catalog_no")
  private String catalogNo;

  @Column(name = "box_no")
  private String boxNo;

  @Column(name = "file_no")
  private String fileNo;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String retention;

  @Column(name = "access_level", nullable = false)
  private String access;

  @Column(nullable = false)
  private String language;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "document_count", nullable = false)
  private int documentCount;

  @Column(name = "sheet_count")
  private Integer sheetCount;

  @Column(name = "page_count", nullable = false)
  private int pageCount;

  @Column(name = "physical_condition")
  private String physicalCondition;

  private String keywords;
  private String notes;

  @Column(name = "origin_level", nullable = false)
  private String originLevel;

  @Column(name = "origin_code", nullable = false)
  private String originCode;

  @Column(name = "receiving_code", nullable = false)
  private String receivingCode;

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.PERSIST)
  @OrderBy("ordinal")
  private List<Document> documents = new ArrayList<>();

  protected Dossier() {}

  public Dossier(Fonds fonds, Long handoverId, Description d) {
    this.fonds = fonds;
    this.handoverId = handoverId;
    this.code = d.code();
    this.catalogNo = d.catalogNo();
    this.boxNo = d.boxNo();
    this.fileNo = d.fileNo();
    this.title = d.title();
    this.retention = d.retention();
    this.access = d.access().code();
    this.language = d.language() == null || d.language().isBlank() ? "vi" : d.language();
    this.startDate = d.startDate();
    this.endDate = d.endDate();
    this.documentCount = d.documentCount();
    this.sheetCount = d.sheetCount();
    this.pageCount = d.pageCount();
    this.physicalCondition = d.physicalCondition();
    this.keywords = d.keywords();
    this.notes = d.notes();
    this.originLevel = fonds == null ? null : fonds.getOriginLevel();
    this.originCode = fonds == null ? null : fonds.getOriginCode();
    this.receivingCode = fonds == null ? null : fonds.getReceivingCode();
  }

  /** Adds the next document; documents keep the order of the package (their ordinal). */
  public Document addDocument(Document.Description d) {
    Document doc = new Document(this, d);
    documents.add(doc);
    return doc;
  }

  public Long getId() {
    return id;
  }

  /** The handover that delivered this dossier (null for dossiers made before handovers). */
  public Long getHandoverId() {
    return handoverId;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public AccessLevel getAccess() {
    return AccessLevel.ofCode(access);
  }

  public List<Document> getDocuments() {
    return documents;
  }

  public Fonds getFonds() {
    return fonds;
  }

  public String getReceivingCode() {
    return receivingCode;
  }

  public String getOriginCode() {
    return originCode;
  }

  public int getPageCount() {
    return pageCount;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getOriginLevel() {
    return originLevel;
  }
}
