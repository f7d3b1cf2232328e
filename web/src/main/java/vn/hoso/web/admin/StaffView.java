package vn.hoso.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoso.accounts.Account;
import vn.hoso.accounts.AccountService;
import vn.hoso.accounts.Role;
import vn.hoso.shared.InvalidInput;
import vn.hoso.units.UnitDirectory;
import vn.hoso.web.security.CurrentUser;
import vn.hoso.web.shell.Texts;

/** The admin creates staff accounts, each for one or more new units. */
@Named
@ViewScoped
public class StaffView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccountService accounts;
  @EJB transient UnitDirectory units;
  @Inject transient CurrentUser current;
  @Inject transient Texts texts;

  private String email;
  private String fullName;
  private String jobTitle;
  private List<String> roles = List.of("CLERK");
  private String unitCodes;
  private String password;
  private List<Account> staff;

  public List<Account> getStaff() {
    if (staff == null) {
      staff = accounts.staff(current.require());
    }
    return staff;
  }

  public void create() {
    Set<String> codes =
        unitCodes == null
            ? Set.of()
            : Arrays.stream(unitCodes.split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    for (String c : codes) {
      if (!units.newUnitExists(c)) {
        texts.problems(
            "staff", InvalidInput.of("units", "Không có xã, phường, đặc khu mới mã " + c + "."));
        return;
      }
    }
    Set<Role> r = EnumSet.noneOf(Role.class);
    roles.forEach(x -> r.add(Role.valueOf(x)));
    try {
      accounts.createStaff(current.require(), email, fullName, jobTitle, r, codes, password);
      texts.info(texts.get("staff.created", email));
      email = null;
      fullName = null;
      jobTitle = null;
      unitCodes = null;
      staff = null;
    } catch (InvalidInput e) {
      texts.problems("staff", e);
    } finally {
      password = null;
    }
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? List.of() : roles;
  }

  public String getUnitCodes() {
    return unitCodes;
  }

  public void setUnitCodes(String unitCodes) {
    this.unitCodes = unitCodes;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
