package vn.hoso.web.archive;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.hoso.ingest.HandoverReport;
import vn.hoso.ingest.HandoverService;
import vn.hoso.web.shell.Texts;

/** The archivist's list of handovers, and where a new package is uploaded. */
@Named
@ViewScoped
public class HandoversView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 20;

  @EJB private HandoverService handovers;
  @Inject private Texts texts;

  private List<HandoverReport> rows = List.of();
  private long total;
  private int first;
  private Long lastReceived;
  private String importName;

  @PostConstruct
  void load() {
    total = handovers.count();
    rows = handovers.recent(first, PAGE);
  }

  public void upload(FileUploadEvent event) {
    String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    try (InputStream in = event.getFile().getInputStream()) {
      lastReceived = handovers.receiveZip(in, user);
      load();
    } catch (HandoverService.UploadTooLargeException e) {
      texts.error("upload", "archive.upload.tooLarge");
    } catch (IOException e) {
      texts.error("upload", "archive.upload.failed");
    }
  }

  /** Takes a package folder from the server's import folder. */
  public void receiveImport() {
    String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    try {
      lastReceived = handovers.receiveImport(importName, user);
      importName = null;
      load();
    } catch (HandoverService.NotImportableException e) {
      texts.error("import:folder", "archive.import.notFound", importName);
    }
  }

  public List<String> getImportable() {
    return handovers.importable();
  }

  public String getImportName() {
    return importName;
  }

  public void setImportName(String importName) {
    this.importName = importName;
  }

  public void next() {
    if (first + PAGE < total) {
      first += PAGE;
      load();
    }
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    load();
  }

  public List<HandoverReport> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public int getFirst() {
    return first;
  }

  public int getPageSize() {
    return PAGE;
  }

  public Long getLastReceived() {
    return lastReceived;
  }
}
