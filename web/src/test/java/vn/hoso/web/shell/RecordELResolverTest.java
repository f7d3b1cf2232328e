package vn.hoso.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  public record Hit(String title, int pageNo) {
    public String loud() {
      return title.toUpperCase();
    }
  }

  public record Broken(String title) {
    @Override
    public String title() {
      throw new IllegalStateException("no title");
    }
  }

  /** A bare context: only whether a resolver claimed the property matters here. */
  static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsARecordsComponents() {
    Hit hit = new Hit("Quyết định", 3);
    Context c = new Context();
    assertEquals("Quyết định", resolver.getValue(c, hit, "title"));
    assertTrue(c.isPropertyResolved());
    c = new Context();
    assertEquals(3, resolver.getValue(c, hit, "pageNo"));
    assertTrue(resolver.isReadOnly(new Context(), hit, "title"));
  }

  @Test
  void leavesEverythingElseToTheOtherResolvers() {
    Context c = new Context();
    assertNull(resolver.getValue(c, new Hit("a", 1), "loud")); // a method, not a component
    assertFalse(c.isPropertyResolved());
    assertNull(resolver.getValue(c, "a string", "length"));
    assertNull(resolver.getValue(c, null, "title"));
    assertNull(resolver.getValue(c, new Hit("a", 1), 0));
    assertFalse(c.isPropertyResolved());
    assertFalse(resolver.isReadOnly(c, "a string", "length"));
  }

  @Test
  void recordsCannotBeWrittenAndFailuresSayWhy() {
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(new Context(), new Hit("a", 1), "title", "b"));
    ELException e =
        assertThrows(
            ELException.class, () -> resolver.getValue(new Context(), new Broken("x"), "title"));
    assertEquals("no title", e.getCause().getMessage());
  }
}
