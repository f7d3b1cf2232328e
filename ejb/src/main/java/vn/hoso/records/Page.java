package vn.hoso.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One page as people find it: its scan (by content hash in the blob store), its text and where the
 * text came from, the OCR's word boxes for highlighting on the image, and the OCR's mean
 * confidence.
 */
@Entity
@Table(name = "page")
public class Page {

  /**
   * Where the page's image is: a blob (an image file, or a PDF and the page in it), and its size.
   */
  public record Scan(
      String blobSha256,
      String mediaType,
      Integer pdfPage,
      Integer width,
      Integer height,
      Long perceptualHash,
      boolean duplicateFile) {}

  /**
   * The page's text; {@code source} OCR, PDF_TEXT (a real text layer) or SUPPLIED (by the
   * contractor).
   */
  public record Text(
      TextSource source,
      String content,
      String wordBoxes,
      Double confidence,
      boolean lowConfidence) {}

  public enum TextSource {
    OCR,
    PDF_TEXT,
    SUPPLIED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(name = "page_no")
  private int pageNo;

  @Column(name = "blob_sha256", nullable = false)
  private String blobSha256;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "pdf_page")
  private Integer pdfPage;

  @Column(name = "width_px")
  private Integer width;

  @Column(name = "height_px")
  private Integer height;

  @Column(name = "text_source")
  private String textSource;

  @Column(name = "text_content", columnDefinition = "text")
  private String textContent;

  @Column(name = "word_boxes", columnDefinition = "text")
  private String wordBoxes;

  @Column(name = "ocr_confidence")
  private Double ocrConfidence;

  @Column(name = "low_confidence")
  private boolean lowConfidence;

  @Column(name = "perceptual_hash")
  private Long perceptualHash;

  @Column(name = "phash_b0")
  private Integer phashBand0;

  @Column(name = "phash_b1")
  private Integer phashBand1;

  @Column(name = "phash_b2")
  private Integer phashBand2;

  @Column(name = "phash_b3")
  private Integer phashBand3;

  @Column(name = "duplicate_file")
  private boolean duplicateFile;

  protected Page() {}

  Page(Document document, int pageNo, Scan scan, Text text) {
    this.document = document;
    this.pageNo = pageNo;
    this.blobSha256 = scan.blobSha256();
    this.mediaType = scan.mediaType();
    this.pdfPage = scan.pdfPage();
    this.width = scan.width();
    this.height = scan.height();
    this.perceptualHash = scan.perceptualHash();
    if (scan.perceptualHash() != null) {
      long h = scan.perceptualHash();
      this.phashBand0 = (int) (h & 0xFFFF);
      this.phashBand1 = (int) ((h >>> 16) & 0xFFFF);
      this.phashBand2 = (int) ((h >>> 32) & 0xFFFF);
      this.phashBand3 = (int) ((h >>> 48) & 0xFFFF);
    }
    this.duplicateFile = scan.duplicateFile();
    if (text != null) {
      this.textSource = text.source() == null ? null : text.source().name();
      this.textContent = text.content();
      this.wordBoxes = text.wordBoxes();
      this.ocrConfidence = text.confidence();
      this.lowConfidence = text.lowConfidence();
    }
  }

  public Long getId() {
    return id;
  }

  public int getPageNo() {
    return pageNo;
  }

  public Document getDocument() {
    return document;
  }

  public String getBlobSha256() {
    return blobSha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public Integer getPdfPage() {
    return pdfPage;
  }

  public String getTextContent() {
    return textContent;
  }

  public String getTextSource() {
    return textSource;
  }

  public Double getOcrConfidence() {
    return ocrConfidence;
  }

  public boolean isLowConfidence() {
    return lowConfidence;
  }

  public Long getPerceptualHash() {
    return perceptualHash;
  }

  public boolean isDuplicateFile() {
    return duplicateFile;
  }

  public String getWordBoxes() {
    return wordBoxes;
  }

  public Integer getWidth() {
    return width;
  }

  public Integer getHeight() {
    return height;
  }
}
