package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.hoso.ingest.HandoverReport;
import vn.hoso.ingest.HandoverService;
import vn.hoso.records.RecordBrowser;

/** One handover: live progress while it runs, then the report and the dossiers it brought. */
@Named
@ViewScoped
public class HandoverView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HandoverService handovers;
  @EJB private RecordBrowser records;

  private Long id;
  private HandoverReport report;
  private List<RecordBrowser.DossierRow> dossiers = List.of();

  public void onLoad() {
    refresh();
  }

  public void refresh() {
    report = id == null ? null : handovers.report(id).orElse(null);
    if (report != null && isFinished()) {
      dossiers = records.dossiersOfHandover(id);
    }
  }

  public boolean isFinished() {
    return report != null && List.of("COMPLETED", "REFUSED", "FAILED").contains(report.state());
  }

  /** Percentage of pages stored, for the progress bar. */
  public int getPercent() {
    if (report == null) {
      return 0;
    }
    if (isFinished()) {
      return 100;
    }
    int total = report.progress().pagesTotal();
    return total == 0 ? 0 : (int) Math.min(99, 100L * report.progress().pagesDone() / total);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public HandoverReport getReport() {
    return report;
  }

  public List<RecordBrowser.DossierRow> getDossiers() {
    return dossiers;
  }
}
