package org.sip2.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Console sign-in: a login form, checked by {@link ConsoleIdentityStore} against the console users
 * in the database (PBKDF2 hashes, throttled); a user's role is its group, mapped to the roles admin
 * and operator.
 */
@ApplicationScoped
@DeclareRoles({"admin", "operator"})
@FormAuthenticationMechanismDefinition(
        loginToContinue =
                @LoginToContinue(
                        loginPage = "/login.xhtml",
                        errorPage = "/login.xhtml?failed=true",
                        useForwardToLogin = false))
public class ConsoleSecurity {}
