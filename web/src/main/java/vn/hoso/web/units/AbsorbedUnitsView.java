package vn.hoso.web.units;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.hoso.units.UnitDirectory;

/** A new unit's page: the old units it absorbed, whole or in part. */
@Named
@RequestScoped
public class AbsorbedUnitsView {

  @EJB private UnitDirectory units;

  private String code;
  private UnitDtos.NewUnit unit;

  public void onLoad() {
    unit = units.newUnit(code).map(UnitDtos::of).orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public UnitDtos.NewUnit getUnit() {
    return unit;
  }
}
