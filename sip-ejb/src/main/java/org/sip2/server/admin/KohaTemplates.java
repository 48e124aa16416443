package org.sip2.server.admin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Template Toolkit templates of a Koha SIPconfig.xml into the Mustache templates this
 * server renders: variables ({@code [% patron.surname %]}, with Koha's {@code format('%.2f')},
 * which amounts already have here), {@code [% IF x %]…[% END %]} and {@code [% UNLESS x %]}. Anything
 * else is refused with the reason, so that the import lists it rather than guessing.
 */
final class KohaTemplates {

    private static final Pattern DIRECTIVE = Pattern.compile("\\[%-?\\s*(.*?)\\s*-?%]", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile(
            "([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*)" + "(?:\\s*\\|\\s*format\\(\\s*['\"]%\\.2f['\"]\\s*\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION =
            Pattern.compile("(IF|UNLESS)\\s+([a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)*)", Pattern.CASE_INSENSITIVE);

    private KohaTemplates() {}

    /**
     * The Mustache form of a Koha template.
     *
     * @throws IllegalArgumentException naming the directive this server cannot render
     */
    static String toMustache(String template) {
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        Matcher directive = DIRECTIVE.matcher(template);
        int last = 0;
        while (directive.find()) {
            out.append(template, last, directive.start());
            String body = directive.group(1);
            Matcher condition = CONDITION.matcher(body);
            Matcher variable = VARIABLE.matcher(body);
            if (condition.matches()) {
                String name = condition.group(2);
                open.push(name);
                out.append(condition.group(1).equalsIgnoreCase("IF") ? "{{#" : "{{^")
                        .append(name)
                        .append("}}");
            } else if (body.equalsIgnoreCase("END")) {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException("an END without IF");
                }
                out.append("{{/").append(open.pop()).append("}}");
            } else if (variable.matches()) {
                out.append("{{").append(variable.group(1)).append("}}");
            } else {
                throw new IllegalArgumentException("[% " + body + " %] has no Mustache counterpart");
            }
            last = directive.end();
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("an IF without END");
        }
        return out.append(template.substring(last)).toString();
    }
}
