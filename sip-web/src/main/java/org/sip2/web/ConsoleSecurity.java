package org.sip2.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Console sign-in: a login form, checked against the console users in the database (PBKDF2
 * hashes); a user's role is its group, mapped to the roles admin and operator.
 */
@ApplicationScoped
@DeclareRoles({"admin", "operator"})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml",
        errorPage = "/login.xhtml?failed=true", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(dataSourceLookup = "java:app/jdbc/sip",
        callerQuery = "select password_hash from console_user where username = ? and enabled = true",
        groupsQuery = "select role from console_user where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class ConsoleSecurity {
}
