package vn.hoso.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain HTTP client for the end-to-end tests: real requests to the running server, nothing
 * stubbed.
 */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          // plain HTTP/1.1 as most API clients speak it (no h2c upgrade attempt on every request)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Http() {}

  record Answer(int status, String contentType, String body, String location) {
    JsonObject json() {
      try (JsonReader r = Json.createReader(new StringReader(body))) {
        return r.readObject();
      }
    }
  }

  static Answer get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
  }

  /** A request with staff credentials (HTTP Basic), as an archivist's tool sends it. */
  static HttpRequest.Builder asArchivist(String url) {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString(
                (HosoServer.ARCHIVIST + ":" + HosoServer.ARCHIVIST_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + token);
  }

  static Answer send(HttpRequest request) {
    HttpResponse<String> r = exchange(request);
    return new Answer(
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        r.body(),
        r.headers().firstValue("Location").orElse(null));
  }

  /** The whole response, headers included (cookies, caching). */
  static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The configured archivist (the first admin) creates a clerk of one unit over the API. */
  static Answer createClerk(
      String baseUrl, String email, String fullName, String unit, String password) {
    return createStaff(baseUrl, email, fullName, null, unit, password, "CLERK");
  }

  /** The same for any roles, with the title printed under a signer's signature. */
  static Answer createStaff(
      String baseUrl,
      String email,
      String fullName,
      String jobTitle,
      String unit,
      String password,
      String... roles) {
    jakarta.json.JsonArrayBuilder r = jakarta.json.Json.createArrayBuilder();
    for (String role : roles) {
      r.add(role);
    }
    jakarta.json.JsonObjectBuilder body =
        jakarta.json.Json.createObjectBuilder()
            .add("email", email)
            .add("fullName", fullName)
            .add("roles", r)
            .add("units", jakarta.json.Json.createArrayBuilder().add(unit))
            .add("password", password);
    if (jobTitle != null) {
      body.add("jobTitle", jobTitle);
    }
    return send(
        asArchivist(baseUrl + "/api/v1/staff")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .build());
  }

  /** A request with someone's own credentials (HTTP Basic), as their tools send it. */
  static HttpRequest.Builder as(String login, String password, String url) {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + token);
  }

  /** Hands a zipped package to the server's API as an archivist's tool does. */
  static Answer postPackage(String baseUrl, java.nio.file.Path zip) {
    try {
      return send(
          asArchivist(baseUrl + "/api/v1/handovers")
              .header("Content-Type", "application/zip")
              .POST(HttpRequest.BodyPublishers.ofFile(zip))
              .build());
    } catch (java.io.FileNotFoundException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] sendBytes(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode() + " for " + request.uri());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Asks {@code url} as the archivist until it answers 200 with a body that passes {@code until}
   * (up to eight minutes), riding out a server that is still starting.
   */
  static JsonObject poll(String url, java.util.function.Predicate<JsonObject> until)
      throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofMinutes(8));
    JsonObject last = null;
    while (java.time.Instant.now().isBefore(deadline)) {
      Answer a;
      try {
        a = send(asArchivist(url).GET().build());
      } catch (RuntimeException e) {
        Thread.sleep(500);
        continue;
      }
      if (a.status() == 200) {
        last = a.json();
        if (until.test(last)) {
          return last;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("condition not reached at " + url + "; last answer: " + last);
  }
}
