package vn.hoso.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.hoso.audit.AuditChain;
import vn.hoso.audit.AuditEntry;
import vn.hoso.audit.AuditLog;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/** The admin's view of the audit log: filter, page through, and verify the chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @EJB transient AuditLog audit;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  private String action;
  private String actor;
  private String unit;
  private LocalDate from;
  private LocalDate to;
  private AuditChain.Verdict verdict;

  private final LazyDataModel<AuditEntry> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          requireAdmin();
          return (int) audit.count(filter());
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          requireAdmin();
          return audit.browse(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry e) {
          return Long.toString(e.getSeq());
        }
      };

  private void requireAdmin() {
    if (!current.has("ADMIN")) {
      throw vn.hoso.shared.Forbidden.notFound();
    }
  }

  private AuditLog.Filter filter() {
    return new AuditLog.Filter(
        blank(action),
        blank(actor),
        blank(unit),
        from == null ? null : from.atStartOfDay(ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void verify() {
    verdict = audit.verifyAs(current.require());
  }

  public List<String> getActions() {
    return vn.hoso.audit.AuditActions.ALL;
  }

  public void search() {
    // the lazy model reads the filter on the next render
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public AuditChain.Verdict getVerdict() {
    return verdict;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
