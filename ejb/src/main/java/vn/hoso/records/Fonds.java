package vn.hoso.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Phông lưu trữ: every record of one body. An old unit's fonds is closed: the body ceased on
 * 2025-07-01.
 */
@Entity
@Table(name = "fonds")
public class Fonds {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "origin_level", nullable = false)
  private String originLevel;

  @Column(name = "origin_code", nullable = false)
  private String originCode;

  @Column(name = "receiving_code", nullable = false)
  private String receivingCode;

  @Column(name = "start_year")
  private Integer startYear;

  @Column(name = "end_year")
  private Integer endYear;

  private boolean closed;
  private String notes;

  protected Fonds() {}

  public Fonds(
      String code,
      String name,
      String originLevel,
      String originCode,
      String receivingCode,
      Integer startYear,
      Integer endYear,
      boolean closed,
      String notes) {
    this.code = code;
    this.name = name;
    this.originLevel = originLevel;
    this.originCode = originCode;
    this.receivingCode = receivingCode;
    this.startYear = startYear;
    this.endYear = endYear;
    this.closed = closed;
    this.notes = notes;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getOriginLevel() {
    return originLevel;
  }

  public String getOriginCode() {
    return originCode;
  }

  public String getReceivingCode() {
    return receivingCode;
  }
}
