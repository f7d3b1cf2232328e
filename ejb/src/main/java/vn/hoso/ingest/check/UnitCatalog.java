package vn.hoso.ingest.check;

/**
 * The administrative units the checker may rely on. Old units are those of the lists in force
 * before 2025-07-01 (communes, districts, provinces); new units are the commune-level units of the
 * list in force from 2025-07-01. The caller implements it over the real unit tables.
 */
public interface UnitCatalog {

  /**
   * Whether an old unit exists.
   *
   * @param level {@code commune}, {@code district} or {@code province}
   * @param code the unit's code as in the pre-2025-07-01 list, e.g. {@code 27169}
   */
  boolean oldUnitExists(String level, String code);

  /** Whether a new commune-level unit exists, e.g. {@code 27169}. */
  boolean newUnitExists(String code);
}
