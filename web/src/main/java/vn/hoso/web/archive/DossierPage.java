package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.hoso.records.RecordBrowser;

/** A dossier as received: its documents, and each page's scan beside its text. */
@Named("dossierPage")
@RequestScoped
public class DossierPage {

  @EJB private RecordBrowser records;
  @EJB private vn.hoso.audit.RecordReads reads;
  @jakarta.inject.Inject private vn.hoso.web.security.CurrentUser current;

  private Long id;
  private RecordBrowser.DossierView dossier;

  public void onLoad() {
    dossier = id == null ? null : records.dossier(id).orElse(null);
    if (dossier != null) {
      // the archivist reads the people named in the documents: each such read is audited
      current
          .actor()
          .ifPresent(
              a ->
                  dossier.documents().stream()
                      .filter(d -> !d.subjects().isEmpty())
                      .forEach(d -> reads.staffViewed(a, d.id(), "xem hồ sơ " + dossier.code())));
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RecordBrowser.DossierView getDossier() {
    return dossier;
  }
}
