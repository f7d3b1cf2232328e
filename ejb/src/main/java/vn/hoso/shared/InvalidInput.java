package vn.hoso.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input refused before anything was stored: each problem names the field and says, in Vietnamese,
 * what is wrong and what to do. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

  /** One refused field; {@code field} matches the form's field name. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidInput(List<Problem> problems) {
    super(
        problems.isEmpty()
            ? "invalid input"
            : problems.get(0).field() + ": " + problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
