package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.DocumentEditor;
import vn.hoso.shared.Conflict;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * The archivist corrects one document's metadata ("Sửa thông tin" on the dossier page). Holds the
 * form and the version read; a change of the access level is confirmed in a dialog before it is
 * sent. The rules — who may, which values, the version — are the service's.
 */
@Named("editDocument")
@ViewScoped
public class EditDocumentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient DocumentEditor editor;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  private String id;
  private DocumentEditor.EditableDocument document;
  private String typeName;
  private String number;
  private String notation;
  private String issuingOrgan;
  private LocalDate issuedDate;
  private String summary;
  private String access;
  private boolean confirming;
  private boolean conflict;

  public void load() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc.isPostback()) {
      return;
    }
    try {
      if (id == null || !id.matches("[0-9]{1,18}")) {
        throw Forbidden.notFound();
      }
      show(editor.forEdit(current.require(), Long.parseLong(id)));
    } catch (Forbidden e) {
      fc.getExternalContext()
          .responseSendError(
              e.hidesExistence()
                  ? HttpServletResponse.SC_NOT_FOUND
                  : HttpServletResponse.SC_FORBIDDEN,
              "");
      fc.responseComplete();
    }
  }

  private void show(DocumentEditor.EditableDocument d) {
    document = d;
    Document.Metadata m = d.metadata();
    typeName = m.typeName();
    number = m.number();
    notation = m.notation();
    issuingOrgan = m.issuingOrgan();
    issuedDate = m.issuedDate();
    summary = m.summary();
    access = m.access().code();
    confirming = false;
    conflict = false;
  }

  /** Saves; a change of the access level is asked about first. */
  public String save() {
    if (access != null && !access.equals(document.metadata().access().code())) {
      confirming = true;
      return null;
    }
    return store(false);
  }

  /** The archivist confirmed the change of the access level. */
  public String confirm() {
    return store(true);
  }

  public void cancelConfirm() {
    confirming = false;
  }

  /** After a conflict: the document as it is now, the archivist's entries dropped. */
  public void reload() {
    show(editor.forEdit(current.require(), document.id()));
  }

  private String store(boolean accessChangeConfirmed) {
    confirming = false;
    try {
      DocumentEditor.EditableDocument saved =
          editor.edit(
              current.require(),
              document.id(),
              document.version(),
              new Document.Metadata(
                  typeName,
                  number,
                  notation,
                  issuingOrgan,
                  issuedDate,
                  summary,
                  access == null ? null : AccessLevel.ofCode(access)),
              accessChangeConfirmed);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      texts.info(
          saved.version() == document.version()
              ? texts.get("document.unchanged")
              : texts.get("document.saved", saved.code()));
      return "/archive/dossier?faces-redirect=true&id=" + saved.dossierId();
    } catch (InvalidInput e) {
      texts.problems("edit", e);
    } catch (Conflict e) {
      conflict = true;
      texts.errorText(e.getMessage());
    } catch (Forbidden e) {
      texts.errorText(e.getMessage());
    }
    return null;
  }

  public List<String> getAccessLevels() {
    return Arrays.stream(AccessLevel.values()).map(AccessLevel::code).toList();
  }

  public DocumentEditor.EditableDocument getDocument() {
    return document;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTypeName() {
    return typeName;
  }

  public void setTypeName(String typeName) {
    this.typeName = typeName;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getNotation() {
    return notation;
  }

  public void setNotation(String notation) {
    this.notation = notation;
  }

  public String getIssuingOrgan() {
    return issuingOrgan;
  }

  public void setIssuingOrgan(String issuingOrgan) {
    this.issuingOrgan = issuingOrgan;
  }

  public LocalDate getIssuedDate() {
    return issuedDate;
  }

  public void setIssuedDate(LocalDate issuedDate) {
    this.issuedDate = issuedDate;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getAccess() {
    return access;
  }

  public void setAccess(String access) {
    this.access = access;
  }
}
