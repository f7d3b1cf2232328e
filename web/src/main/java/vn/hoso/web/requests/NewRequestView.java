package vn.hoso.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.requests.Delivery;
import vn.hoso.requests.PaymentMethod;
import vn.hoso.requests.ProofFiles;
import vn.hoso.requests.Relation;
import vn.hoso.requests.RequestService;
import vn.hoso.shared.Forbidden;
import vn.hoso.shared.InvalidInput;
import vn.hoso.units.AddressResolver;
import vn.hoso.units.UnitDirectory;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/**
 * A new copy request: for a document the requester can see ({@code ?document=}), or described ("I
 * cannot find it") with the old commune it was registered in. The fee and the due date are shown
 * before submitting.
 */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern CODE_IN_LABEL = Pattern.compile("\\(([0-9]{5})\\)\\s*$");

  @EJB transient RequestService requests;
  @EJB transient UnitDirectory units;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;
  @Inject transient HttpServletRequest request;

  private Long documentId;
  private RequestService.DocumentSummary document;
  private String description;
  private String describedKind = "civil_status";
  private String oldCommune;
  private String newUnitCode;
  private Relation relation;
  private String subjectName;
  private boolean subjectDeceased;
  private int copies = 1;
  private String purpose;
  private Delivery delivery = Delivery.DOWNLOAD;
  private String postAddress;
  private PaymentMethod payment = PaymentMethod.COUNTER;
  private transient List<Part> files;
  private RequestService.Quote quote;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    String doc = request.getParameter("document");
    try {
      if (doc != null) {
        if (!doc.matches("[0-9]{1,18}")) {
          throw Forbidden.notFound();
        }
        documentId = Long.parseLong(doc);
        document = requests.documentFor(current.require(), documentId);
      }
      relation = current.isResident() ? Relation.SELF : Relation.BUSINESS;
      requote();
    } catch (Forbidden e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      fc.responseComplete();
    }
  }

  public void requote() {
    try {
      quote = requests.quote(current.require(), documentId, describedKind, copies);
    } catch (IllegalArgumentException e) {
      quote = null;
    }
  }

  public List<String> completeCommune(String typed) {
    return units.suggest(typed, 12).stream().map(s -> s.label() + " (" + s.code() + ")").toList();
  }

  /** The new units an old commune went to, when it was split (else empty). */
  public List<AddressResolver.Successor> getSuccessors() {
    String code = communeCode();
    if (code == null) {
      return List.of();
    }
    List<AddressResolver.Successor> s =
        units.oldCommune(code).map(AddressResolver.Match::successors).orElse(List.of());
    return s.size() > 1 ? s : List.of();
  }

  private String communeCode() {
    if (oldCommune == null) {
      return null;
    }
    Matcher m = CODE_IN_LABEL.matcher(oldCommune);
    return m.find() ? m.group(1) : null;
  }

  public String submit() {
    List<ProofFiles.Upload> uploads = new ArrayList<>();
    try {
      if (files != null) {
        for (Part p : files) {
          if (p.getSize() == 0
              && (p.getSubmittedFileName() == null || p.getSubmittedFileName().isEmpty())) {
            continue;
          }
          if (p.getSize() > ProofFiles.MAX_BYTES) {
            throw InvalidInput.of(
                "proofs", "Tệp \"" + p.getSubmittedFileName() + "\" lớn quá 10 MB.");
          }
          try (InputStream in = p.getInputStream()) {
            uploads.add(new ProofFiles.Upload(p.getSubmittedFileName(), in.readAllBytes()));
          }
        }
      }
      RequestService.Submitted s =
          requests.submit(
              current.require(),
              new RequestService.NewRequest(
                  documentId,
                  description,
                  describedKind,
                  communeCode(),
                  newUnitCode,
                  relation,
                  subjectName,
                  subjectDeceased,
                  copies,
                  purpose,
                  delivery,
                  postAddress,
                  payment),
              uploads);
      return "/requests/request?faces-redirect=true&id=" + s.id() + "&submitted=true";
    } catch (InvalidInput e) {
      texts.problems("req", e);
    } catch (IOException e) {
      texts.errorText("Không đọc được tệp tải lên; hãy thử lại.");
    }
    return null;
  }

  public boolean isDescribing() {
    return documentId == null;
  }

  public Relation[] getRelations() {
    return current.isResident()
        ? new Relation[] {
          Relation.SELF,
          Relation.PARENT,
          Relation.CHILD,
          Relation.SPOUSE,
          Relation.SIBLING,
          Relation.HEIR,
          Relation.LEGAL_REPRESENTATIVE,
          Relation.AUTHORISED_REPRESENTATIVE
        }
        : new Relation[] {Relation.BUSINESS, Relation.AUTHORISED_REPRESENTATIVE};
  }

  public Delivery[] getDeliveries() {
    return Delivery.values();
  }

  public PaymentMethod[] getPayments() {
    return PaymentMethod.values();
  }

  public String[] getKinds() {
    return new String[] {
      "civil_status", "business_registration", "construction", "land", "decision", "other"
    };
  }

  public Long getDocumentId() {
    return documentId;
  }

  public RequestService.DocumentSummary getDocument() {
    return document;
  }

  public RequestService.Quote getQuote() {
    return quote;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDescribedKind() {
    return describedKind;
  }

  public void setDescribedKind(String describedKind) {
    this.describedKind = describedKind;
  }

  public String getOldCommune() {
    return oldCommune;
  }

  public void setOldCommune(String oldCommune) {
    this.oldCommune = oldCommune;
  }

  public String getNewUnitCode() {
    return newUnitCode;
  }

  public void setNewUnitCode(String newUnitCode) {
    this.newUnitCode = newUnitCode;
  }

  public Relation getRelation() {
    return relation;
  }

  public void setRelation(Relation relation) {
    this.relation = relation;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public void setSubjectName(String subjectName) {
    this.subjectName = subjectName;
  }

  public boolean isSubjectDeceased() {
    return subjectDeceased;
  }

  public void setSubjectDeceased(boolean subjectDeceased) {
    this.subjectDeceased = subjectDeceased;
  }

  public int getCopies() {
    return copies;
  }

  public void setCopies(int copies) {
    this.copies = copies;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public void setDelivery(Delivery delivery) {
    this.delivery = delivery;
  }

  public String getPostAddress() {
    return postAddress;
  }

  public void setPostAddress(String postAddress) {
    this.postAddress = postAddress;
  }

  public PaymentMethod getPayment() {
    return payment;
  }

  public void setPayment(PaymentMethod payment) {
    this.payment = payment;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
