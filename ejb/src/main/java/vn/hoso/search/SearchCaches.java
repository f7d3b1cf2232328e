package vn.hoso.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Installs the filter cache when the portal starts and removes it when the portal is undeployed:
 * the cache is a default of the server's Lucene module, which outlives a deployment, and would
 * otherwise keep the undeployed portal's classes (its policy) until the next deployment replaces
 * it.
 */
@Singleton
@Startup
public class SearchCaches {

  @PostConstruct
  void start() {
    FilterCache.install();
  }

  @PreDestroy
  void stop() {
    FilterCache.uninstall();
  }
}
