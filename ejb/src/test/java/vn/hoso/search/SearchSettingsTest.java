package vn.hoso.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server's persistence unit configures search exactly as the tests do. */
class SearchSettingsTest {

  @Test
  void persistenceXmlAgreesWithSearchSettings() throws Exception {
    Map<String, String> xml = new HashMap<>();
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in =
        java.nio.file.Files.newInputStream(
            java.nio.file.Path.of("src/main/resources/META-INF/persistence.xml"))) {
      NodeList props = dbf.newDocumentBuilder().parse(in).getElementsByTagName("property");
      for (int i = 0; i < props.getLength(); i++) {
        Element p = (Element) props.item(i);
        xml.put(p.getAttribute("name"), p.getAttribute("value"));
      }
    }
    Map<String, String> expected = SearchSettings.properties("${jboss.server.data.dir}/hoso/index");
    expected.forEach((k, v) -> assertEquals(v, xml.get(k), k));
    assertTrue(xml.get("wildfly.jpa.hibernate.search.module").startsWith("org.hibernate.search"));
  }
}
