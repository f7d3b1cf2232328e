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

  private Long id;
  private RecordBrowser.DossierView dossier;

  public void onLoad() {
    dossier = id == null ? null : records.dossier(id).orElse(null);
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
