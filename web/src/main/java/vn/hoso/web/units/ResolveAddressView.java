package vn.hoso.web.units;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.hoso.units.AddressResolver;
import vn.hoso.units.InvalidAddressException;
import vn.hoso.units.UnitDirectory;
import vn.hoso.units.UnitTables;
import vn.hoso.web.shell.Texts;

/** The resolve page: an old address typed freely or picked from lists, and the answer card. */
@Named
@ViewScoped
public class ResolveAddressView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;

  @EJB private UnitDirectory units;
  @Inject private Texts texts;

  private String address;
  private String provinceCode;
  private String districtCode;
  private String communeCode;
  private List<UnitTables.OldProvince> provinces = List.of();
  private List<UnitTables.OldDistrict> districts = List.of();
  private List<UnitTables.OldCommune> communes = List.of();
  private AddressAnswer answer;

  @PostConstruct
  void init() {
    provinces = units.oldProvinces();
  }

  /** A link or the home page's quick box may bring the address along (?q=...). */
  public void onLoad() {
    if (address != null && !address.isBlank()) {
      resolve();
    }
  }

  public List<String> complete(String typed) {
    return units.suggest(typed, SUGGESTIONS).stream()
        .map(AddressResolver.OldCommuneSuggestion::label)
        .toList();
  }

  public void resolve() {
    answer = null;
    try {
      UnitDtos.Resolution r = UnitDtos.of(units.resolve(address), units);
      answer = toAnswer(r);
      preselect(r);
    } catch (InvalidAddressException e) {
      if (e.reason() == InvalidAddressException.Reason.EMPTY) {
        texts.error("free:address", "resolve.error.empty");
      } else {
        texts.error(
            "free:address", "resolve.error.tooLong", e.length(), UnitDirectory.MAX_ADDRESS_LENGTH);
      }
    }
  }

  /**
   * When only the district or province was recognised, the lists open on it so the commune is one
   * pick away.
   */
  private void preselect(UnitDtos.Resolution r) {
    if (!r.status().equals("DISTRICT_ONLY") && !r.status().equals("PROVINCE_ONLY")) {
      return;
    }
    if (r.province() != null) {
      provinceCode = r.province().code();
      onProvinceChange();
    }
    if (r.district() != null) {
      districtCode = r.district().code();
      onDistrictChange();
    }
  }

  public void onProvinceChange() {
    districts = units.oldDistricts(provinceCode);
    districtCode = null;
    communeCode = null;
    communes = List.of();
  }

  public void onDistrictChange() {
    communes = units.oldCommunes(districtCode);
    communeCode = null;
  }

  public void onCommuneChange() {
    answer =
        units
            .oldCommune(communeCode)
            .map(
                m -> {
                  UnitDtos.Match match = UnitDtos.of(m, units);
                  String status = match.split() ? "SPLIT" : "RESOLVED";
                  return toAnswer(
                      new UnitDtos.Resolution(
                          m.name(), status, null, 1, null, null, List.of(match)));
                })
            .orElse(null);
  }

  private AddressAnswer toAnswer(UnitDtos.Resolution r) {
    String status = r.status();
    Object arg =
        switch (status) {
          case "SPLIT" -> r.matches().isEmpty() ? 0 : r.matches().get(0).successors().size();
          case "AMBIGUOUS" -> Math.max(r.candidateCount(), r.matches().size());
          case "NOT_FOUND" -> r.input();
          case "DISTRICT_ONLY" -> r.district() == null ? "" : r.district().name();
          case "PROVINCE_ONLY" -> r.province() == null ? "" : r.province().name();
          default -> "";
        };
    String tone = status.equals("RESOLVED") ? "ok" : "warn";
    boolean weak = status.equals("DISTRICT_ONLY") || status.equals("PROVINCE_ONLY");
    return new AddressAnswer(
        tone,
        texts.get("resolve.status." + status),
        texts.get("resolve.explain." + status, arg),
        weak ? texts.get("answer.weak") : null,
        r.matches(),
        r.candidateCount() > r.matches().size());
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getCommuneCode() {
    return communeCode;
  }

  public void setCommuneCode(String communeCode) {
    this.communeCode = communeCode;
  }

  public List<UnitTables.OldProvince> getProvinces() {
    return provinces;
  }

  public List<UnitTables.OldDistrict> getDistricts() {
    return districts;
  }

  public List<UnitTables.OldCommune> getCommunes() {
    return communes;
  }

  public AddressAnswer getAnswer() {
    return answer;
  }
}
