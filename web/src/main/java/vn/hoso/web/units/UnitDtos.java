package vn.hoso.web.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoso.units.AddressResolver;
import vn.hoso.units.UnitDirectory;
import vn.hoso.units.UnitTables;

/**
 * What the pages and the API show of units: plain records, the same for JSON and for the views (the
 * views call their accessors, e.g. {@code #{s.name()}}).
 */
public final class UnitDtos {

  private UnitDtos() {}

  /** An old unit, with the district and province it belonged to. */
  public record OldUnit(
      String level,
      String code,
      String name,
      String type,
      String districtCode,
      String district,
      String provinceCode,
      String province) {}

  /** A new unit that took over all or part of an old one, with the legal basis of the change. */
  public record Successor(
      String code,
      String name,
      String type,
      String provinceCode,
      String province,
      boolean partial,
      boolean allResidents,
      String legalBasis,
      LocalDate adopted,
      String note) {}

  public record Match(OldUnit old, boolean split, List<Successor> successors) {}

  /** A unit named by code and name only. */
  public record UnitRef(String code, String name) {}

  /**
   * {@code district} and {@code province}: the old district and province recognised in the text
   * (null if none), so that a person who typed only "Quận 10, TP.HCM" can be offered that
   * district's communes.
   */
  public record Resolution(
      String input,
      String status,
      String explanationKey,
      int candidateCount,
      UnitRef district,
      UnitRef province,
      List<Match> matches) {}

  public record Absorbed(
      String level,
      String code,
      String name,
      String district,
      String province,
      boolean partial,
      boolean allResidents,
      String note) {}

  public record NewUnit(
      String code,
      String name,
      String type,
      String nameNow,
      String provinceCode,
      String province,
      String legalBasis,
      LocalDate adopted,
      String note,
      List<Absorbed> absorbed) {}

  public static Resolution of(AddressResolver.Resolution r, UnitDirectory units) {
    return new Resolution(
        r.input(),
        r.status().name(),
        r.explanationKey(),
        r.candidateCount(),
        r.district() == null ? null : new UnitRef(r.district().code(), r.district().name()),
        r.province() != null
            ? new UnitRef(r.province().code(), r.province().name())
            : r.district() != null
                ? new UnitRef(r.district().provinceCode(), r.district().provinceName())
                : null,
        r.matches().stream().map(m -> of(m, units)).toList());
  }

  public static Match of(AddressResolver.Match m, UnitDirectory units) {
    OldUnit old =
        new OldUnit(
            m.level(),
            m.code(),
            m.name(),
            m.type(),
            m.districtCode(),
            m.districtName(),
            m.provinceCode(),
            m.provinceName());
    List<Successor> successors =
        m.successors().stream()
            .map(
                s -> {
                  Optional<UnitTables.CommuneResolution> basis = units.legalBasis(s.provinceCode());
                  return new Successor(
                      s.code(),
                      s.name(),
                      s.type(),
                      s.provinceCode(),
                      s.provinceName(),
                      s.partial(),
                      s.allResidents(),
                      s.resolution(),
                      basis.map(UnitTables.CommuneResolution::adopted).orElse(null),
                      s.note());
                })
            .toList();
    return new Match(old, m.split(), successors);
  }

  public static NewUnit of(AddressResolver.NewUnitView v) {
    UnitTables.NewCommune u = v.unit();
    return new NewUnit(
        u.code(),
        u.name(),
        u.type(),
        u.name2026_08(),
        u.provinceCode(),
        v.province().name(),
        v.resolution() == null ? null : v.resolution().resolution(),
        v.resolution() == null ? null : v.resolution().adopted(),
        u.note(),
        v.absorbed().stream()
            .map(
                a ->
                    new Absorbed(
                        a.level(),
                        a.code(),
                        a.name(),
                        a.districtName(),
                        a.provinceName(),
                        a.partial(),
                        a.allResidents(),
                        a.note()))
            .toList());
  }
}
