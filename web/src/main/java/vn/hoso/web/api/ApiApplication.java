package vn.hoso.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API, version 1. Documented in README.md ("API"). */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
