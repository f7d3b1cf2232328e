package vn.hoso.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.hoso.audit.AuditActions;
import vn.hoso.requests.RequestEvent;
import vn.hoso.requests.RequestState;

/**
 * Every state, timeline step and audit action the services produce has its words on screen, in
 * Vietnamese and in English, in NFC: a missing key shows "???key???" to the user.
 */
class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/hoso/web/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyStateStepAndActionHasItsWords() throws IOException {
    List<String> keys = new ArrayList<>();
    for (RequestState s : RequestState.values()) {
      keys.add("state." + s);
    }
    for (RequestEvent.Kind k : RequestEvent.Kind.values()) {
      keys.add("event." + k);
    }
    for (String a : AuditActions.ALL) {
      keys.add("audit.action." + a);
    }
    for (String bundle : List.of("messages.properties", "messages_en.properties")) {
      Properties p = load(bundle);
      List<String> missing = keys.stream().filter(k -> !p.containsKey(k)).toList();
      assertEquals(List.of(), missing, "keys missing from " + bundle);
      List<String> notNfc =
          p.stringPropertyNames().stream()
              .filter(k -> !Normalizer.isNormalized(p.getProperty(k), Normalizer.Form.NFC))
              .toList();
      assertEquals(List.of(), notNfc, "values not in NFC in " + bundle);
    }
  }
}
