package vn.hoso.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Staff sign in with HTTP Basic over the API and the archive screens for now; the accounts issue
 * replaces this with a form login for pages and keeps Basic for the API.
 */
@BasicAuthenticationMechanismDefinition(realmName = "hoso")
@DeclareRoles({StaffIdentityStore.ARCHIVIST})
@ApplicationScoped
public class SecurityConfig {}
