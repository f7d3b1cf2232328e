package vn.hoso.search;

import java.util.Map;

/**
 * Hibernate Search's configuration, one place for the server's persistence unit and the tests: the
 * Lucene backend (WildFly's Lucene 9.11.1), the analysis and mapping of this package, and where the
 * index lives. On Elasticsearch/OpenSearch only the backend lines change.
 */
public final class SearchSettings {

  private SearchSettings() {}

  public static Map<String, String> properties(String indexRoot) {
    return Map.of(
        "hibernate.search.backend.type",
        "lucene",
        "hibernate.search.backend.lucene_version",
        "9.11.1",
        "hibernate.search.backend.directory.root",
        indexRoot,
        "hibernate.search.backend.analysis.configurer",
        "class:" + SearchAnalysis.class.getName(),
        "hibernate.search.mapping.configurer",
        "class:" + PageMapping.class.getName());
  }
}
