package vn.hoso.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.hoso.accounts.AccountService;
import vn.hoso.shared.InvalidInput;
import vn.hoso.web.shell.Texts;

/** Registration of a resident or a business; ends with "check your e-mail". */
@Named
@ViewScoped
public class RegisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccountService accounts;
  @Inject transient Texts texts;

  private String kind = "RESIDENT";
  private String fullName;
  private String personalId;
  private LocalDate birthDate;
  private String businessCode;
  private String businessName;
  private String phone;
  private String email;
  private String password;
  private String password2;
  private boolean done;

  public void submit() {
    if (password == null || !password.equals(password2)) {
      texts.error("register:password2", "register.password.mismatch");
      return;
    }
    try {
      if ("BUSINESS".equals(kind)) {
        accounts.registerBusiness(
            new AccountService.BusinessForm(
                businessCode, businessName, fullName, phone, email, password));
      } else {
        accounts.registerResident(
            new AccountService.ResidentForm(
                fullName, personalId, birthDate, phone, email, password));
      }
      done = true;
    } catch (InvalidInput e) {
      texts.problems("register", e);
    } finally {
      password = null;
      password2 = null;
    }
  }

  public boolean isBusiness() {
    return "BUSINESS".equals(kind);
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = "BUSINESS".equals(kind) ? "BUSINESS" : "RESIDENT";
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPersonalId() {
    return personalId;
  }

  public void setPersonalId(String personalId) {
    this.personalId = personalId;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getBusinessCode() {
    return businessCode;
  }

  public void setBusinessCode(String businessCode) {
    this.businessCode = businessCode;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String businessName) {
    this.businessName = businessName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPassword2() {
    return password2;
  }

  public void setPassword2(String password2) {
    this.password2 = password2;
  }

  public boolean isDone() {
    return done;
  }
}
