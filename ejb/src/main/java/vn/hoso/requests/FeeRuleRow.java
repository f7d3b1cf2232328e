package vn.hoso.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A stored fee rule, as the admin edits it; {@link #rule()} is the value the fee rules compute
 * with.
 */
@Entity
@Table(name = "fee_rule")
public class FeeRuleRow {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FeeRule.Basis basis;

  @Column(name = "first_page_price", nullable = false)
  private long firstPagePrice;

  @Column(name = "tier_from_page", nullable = false)
  private int tierFromPage;

  @Column(name = "later_page_price", nullable = false)
  private long laterPagePrice;

  @Column(name = "cap_per_copy", nullable = false)
  private long capPerCopy;

  @Column(name = "per_copy_price", nullable = false)
  private long perCopyPrice;

  @Column(name = "legal_basis", nullable = false)
  private String legalBasis;

  @Version private int version;

  protected FeeRuleRow() {}

  FeeRuleRow(FeeRule r) {
    this.code = r.code();
    set(r);
  }

  void set(FeeRule r) {
    this.name = r.name();
    this.basis = r.basis();
    this.firstPagePrice = r.firstPagePrice();
    this.tierFromPage = r.tierFromPage();
    this.laterPagePrice = r.laterPagePrice();
    this.capPerCopy = r.capPerCopy();
    this.perCopyPrice = r.perCopyPrice();
    this.legalBasis = r.legalBasis();
  }

  public FeeRule rule() {
    return new FeeRule(
        code,
        name,
        basis,
        firstPagePrice,
        tierFromPage,
        laterPagePrice,
        capPerCopy,
        perCopyPrice,
        legalBasis);
  }

  public int getVersion() {
    return version;
  }
}
