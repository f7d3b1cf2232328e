package vn.hoso.web.units;

import java.util.List;

/**
 * The answer card of the resolve page: a headline and an explanation in the visitor's language, and
 * the old units found with where each went. {@code tone} is "ok" for a clear answer, "warn" when
 * the resident must do something (choose among candidates, add words). {@code matchesHeading}:
 * shown above the matches when they are only guesses (null otherwise).
 */
public record AddressAnswer(
    String tone,
    String headline,
    String explanation,
    String matchesHeading,
    List<UnitDtos.Match> matches,
    boolean truncated) {}
