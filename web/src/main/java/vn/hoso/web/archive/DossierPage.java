package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoso.audit.RecordReads;
import vn.hoso.records.RecordBrowser;
import vn.hoso.web.security.CurrentUser;

/**
 * A dossier as received: its documents, each with its "edit" action, and each page's scan beside
 * its text. Staff of another unit are told it does not exist.
 */
@Named("dossierPage")
@RequestScoped
public class DossierPage {

  @EJB private RecordBrowser records;
  @EJB private RecordReads reads;
  @Inject private CurrentUser current;

  private Long id;
  private RecordBrowser.DossierView dossier;

  public void onLoad() {
    dossier = id == null ? null : current.actor().flatMap(a -> records.dossier(id, a)).orElse(null);
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
