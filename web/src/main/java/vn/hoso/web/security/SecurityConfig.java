package vn.hoso.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The groups a caller can have: the account's kind (RESIDENT, BUSINESS, STAFF) and a staff member's
 * roles. Sign-in is {@link HosoAuthentication}: the login form for pages, HTTP Basic for the API.
 */
@DeclareRoles({"RESIDENT", "BUSINESS", "STAFF", "CLERK", "SIGNER", "ARCHIVIST", "ADMIN"})
@ApplicationScoped
public class SecurityConfig {}
