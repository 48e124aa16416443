package org.sip2.connector.ra;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a {@code ${MPCONFIG=key:default}} activation-config value that the container left as it
 * is. Payara resolves these expressions itself; GlassFish and WildFly hand them over unchanged, so
 * the adapter reads the key as MicroProfile Config's default sources would: a system property, then
 * the environment variable (upper case, dots as underscores), then the default.
 */
final class ConfigExpression {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{MPCONFIG=([^:}]+)(?::([^}]*))?}");

    private ConfigExpression() {}

    static String resolve(String value) {
        return resolve(value, System::getProperty, System.getenv());
    }

    static String resolve(String value, Function<String, String> systemProperties, Map<String, String> environment) {
        if (value == null) {
            return null;
        }
        Matcher matcher = EXPRESSION.matcher(value.trim());
        if (!matcher.matches()) {
            return value;
        }
        String key = matcher.group(1);
        String found = systemProperties.apply(key);
        if (found == null) {
            found = environment.get(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        if (found == null) {
            found = matcher.group(2);
        }
        if (found == null) {
            throw new IllegalArgumentException("no value for " + key);
        }
        return found;
    }
}
