package vn.hoso.shared;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The unit tests' SLF4J binding (registered in {@code META-INF/services}): what libraries log
 * through SLF4J (iText does) at WARN and above is kept, not printed, so that a test can check that
 * a piece of work logged no error. The server logs the same through WildFly's log manager.
 */
public final class RecordedLog implements SLF4JServiceProvider {

  /** One message as logged. */
  public record Entry(Level level, String logger, String message) {}

  /** Messages kept at most, the oldest dropped first. */
  private static final int KEPT = 1_000;

  private static final List<Entry> ENTRIES = new ArrayList<>();

  /** What was logged at WARN or above, on any thread, while {@code work} ran. */
  public static List<Entry> during(Runnable work) {
    synchronized (ENTRIES) {
      ENTRIES.clear();
    }
    work.run();
    synchronized (ENTRIES) {
      return List.copyOf(ENTRIES);
    }
  }

  private static void keep(Entry e) {
    synchronized (ENTRIES) {
      if (ENTRIES.size() == KEPT) {
        ENTRIES.remove(0);
      }
      ENTRIES.add(e);
    }
  }

  private final ILoggerFactory loggers = Recorder::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // nothing to set up
  }

  private static final class Recorder extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      if (level.toInt() >= Level.WARN.toInt()) {
        keep(new Entry(level, name, MessageFormatter.basicArrayFormat(pattern, arguments)));
      }
    }
  }
}
