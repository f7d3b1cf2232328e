package vn.hoso.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One running instance of the server the build provisioned (ear/target/server), started as a real
 * process.
 *
 * <p>Each instance gets its own copy of {@code standalone/} (configuration, data, logs) and its own
 * port offset, so the suite can run a PostgreSQL-backed server and an H2 one side by side without
 * sharing state, and never collides with a portal a developer left running on 8080.
 */
public final class HosoServer implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);

  /**
   * The staff account the test servers accept; the password is made for this run and never written
   * down.
   */
  public static final String ARCHIVIST = "archivist";

  public static final String ARCHIVIST_PASSWORD =
      java.util.UUID.randomUUID().toString().replace("-", "");

  private final String name;
  private final int portOffset;
  private final Path baseDir;
  private final Database db;
  private final List<String> systemProperties;
  private final Process process;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HosoServer(
      String name,
      int portOffset,
      Path baseDir,
      Database db,
      List<String> systemProperties,
      Process process) {
    this.systemProperties = List.copyOf(systemProperties);
    this.name = name;
    this.portOffset = portOffset;
    this.baseDir = baseDir;
    this.db = db;
    this.process = process;
  }

  /** The database a server instance uses; {@link #h2()} is the embedded default. */
  public record Database(String driver, String url, String user, String password) {
    public static Database h2() {
      return new Database("h2", null, null, null);
    }

    /** PostgreSQL when the environment names one (CI does), otherwise the embedded default. */
    public static Database fromEnvironment() {
      String url = System.getenv("HOSO_TEST_PG_URL");
      if (url == null || url.isBlank()) {
        return h2();
      }
      return new Database(
          "postgresql",
          url,
          System.getenv().getOrDefault("HOSO_TEST_PG_USER", "postgres"),
          System.getenv().getOrDefault("HOSO_TEST_PG_PASSWORD", ""));
    }

    public boolean isPostgres() {
      return "postgresql".equals(driver);
    }
  }

  public static HosoServer start(String name, int portOffset, Database db) {
    return start(name, portOffset, db, List.of());
  }

  /** As {@link #start(String, int, Database)}, with system properties ("-Dname=value") added. */
  public static HosoServer start(
      String name, int portOffset, Database db, List<String> systemProperties) {
    Path serverDir =
        Path.of(System.getProperty("hoso.server.dir", "target/server")).toAbsolutePath();
    if (!Files.isRegularFile(serverDir.resolve("bin/standalone.sh"))) {
      throw new IllegalStateException(
          "No provisioned server at " + serverDir + ": run the build (mvn verify).");
    }
    Path baseDir = serverDir.resolveSibling("runs").resolve(name);
    try {
      deleteTree(baseDir);
      copyTree(serverDir.resolve("standalone"), baseDir);
      return launch(serverDir, name, portOffset, baseDir, db, systemProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops this server and starts it again on the same configuration and data, as a second start
   * would.
   */
  public HosoServer restart() {
    close();
    Path serverDir =
        Path.of(System.getProperty("hoso.server.dir", "target/server")).toAbsolutePath();
    try {
      return launch(serverDir, name, portOffset, baseDir, db, systemProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #restart()}, with other system properties: a test switch the first run had, turned
   * off.
   */
  public HosoServer restart(List<String> otherSystemProperties) {
    close();
    Path serverDir =
        Path.of(System.getProperty("hoso.server.dir", "target/server")).toAbsolutePath();
    try {
      return launch(serverDir, name, portOffset, baseDir, db, otherSystemProperties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the server's JVM ended by itself (a test switch halted it) within the time given. */
  public boolean exitsWithin(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HosoServer launch(
      Path serverDir,
      String name,
      int portOffset,
      Path baseDir,
      Database db,
      List<String> systemProperties)
      throws IOException {
    {
      List<String> command =
          new ArrayList<>(
              List.of(
                  serverDir.resolve("bin/standalone.sh").toString(),
                  "-Djboss.server.base.dir=" + baseDir,
                  "-Djboss.socket.binding.port-offset=" + portOffset,
                  "-Djboss.bind.address=127.0.0.1",
                  "-Djboss.bind.address.management=127.0.0.1"));
      command.addAll(systemProperties);
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
      Map<String, String> env = pb.environment();
      env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
      env.put("HOSO_ARCHIVIST_USER", ARCHIVIST);
      env.put("HOSO_ARCHIVIST_PASSWORD", ARCHIVIST_PASSWORD);
      env.put("HOSO_ARCHIVIST_UNITS", "*");
      // hoso.server.javaOpts adds options, e.g. a flight recording while a benchmark runs
      env.put(
          "JAVA_OPTS",
          ("-Xms256m -Xmx1536m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8 "
                  + System.getProperty("hoso.server.javaOpts", ""))
              .strip());
      env.remove("HOSO_DB_DRIVER");
      env.remove("HOSO_DB_URL");
      env.remove("HOSO_DB_USER");
      env.remove("HOSO_DB_PASSWORD");
      if (db.isPostgres()) {
        env.put("HOSO_DB_DRIVER", db.driver());
        env.put("HOSO_DB_URL", db.url());
        env.put("HOSO_DB_USER", db.user());
        env.put("HOSO_DB_PASSWORD", db.password());
      }
      HosoServer server =
          new HosoServer(name, portOffset, baseDir, db, systemProperties, pb.start());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.awaitReady();
      return server;
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + (8080 + portOffset);
  }

  /**
   * The base URL with the archivist's credentials in it, for a browser that signs in with HTTP
   * Basic.
   */
  public String signedInUrl() {
    return baseUrl().replace("http://", "http://" + ARCHIVIST + ":" + ARCHIVIST_PASSWORD + "@");
  }

  /** The server's own data directory (H2 file, blob store, import folder). */
  public Path dataDir() {
    return baseDir.resolve("data");
  }

  public Path logFile() {
    return baseDir.resolve("log/server.log");
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    String lastProblem = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Server '"
                + name
                + "' exited with "
                + process.exitValue()
                + "; see "
                + baseDir.resolve("console.log"));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
        lastProblem = "HTTP " + r.statusCode() + " " + r.body();
      } catch (IOException e) {
        lastProblem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    close();
    throw new IllegalStateException(
        "Server '"
            + name
            + "' not ready within "
            + BOOT_TIMEOUT
            + " ("
            + lastProblem
            + "); see "
            + logFile());
  }

  /**
   * CPU time used so far by the server's own processes (the start script and its JVM), without the
   * programs the server runs (tesseract): what the server itself costs beside its OCR.
   */
  public Duration cpuTime() {
    Duration sum = Duration.ZERO;
    for (ProcessHandle h : ownProcesses()) {
      sum = sum.plus(h.info().totalCpuDuration().orElse(Duration.ZERO));
    }
    return sum;
  }

  /**
   * CPU time of the programs the server's processes (the start script and its JVM) have run and
   * waited for — tesseract — as Linux counts it for a parent once its children have ended ({@code
   * cutime} and {@code cstime} in {@code /proc/<pid>/stat}); empty where there is no {@code /proc}.
   */
  public Optional<Duration> childrenCpuTime() {
    Optional<Duration> sum = Optional.of(Duration.ZERO);
    for (ProcessHandle h : ownProcesses()) {
      sum = sum.flatMap(s -> ProcStat.reapedChildren(h.pid()).map(s::plus));
    }
    return sum;
  }

  /** Process ids of the start script and its JVM. */
  public List<Long> pids() {
    return ownProcesses().stream().map(ProcessHandle::pid).toList();
  }

  /** The start script and its JVM. */
  private List<ProcessHandle> ownProcesses() {
    List<ProcessHandle> own = new ArrayList<>();
    own.add(process.toHandle());
    process.toHandle().children().forEach(own::add);
    return own;
  }

  /**
   * Kills the server's JVM at once (SIGKILL), as a power cut would: no shutdown hook, no clean
   * stop.
   */
  public void crash() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server and every process it started; safe to call twice. */
  @Override
  public synchronized void close() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
