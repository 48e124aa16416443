package org.sip2.server.backend;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A field template of a terminal account (AE, AV, DA, custom fields), in Mustache: logic-less,
 * so an administrator's template can only read the values it is given (e.g.
 * {@code {{patron.surname}}{{#patron.firstname}}, {{patron.firstname}}{{/patron.firstname}}}).
 * Values are not HTML-escaped: a SIP field is plain text. Compiled templates are kept by text.
 */
public final class FieldTemplate {

    /** Distinct template texts are few (one set per account); the bound only guards against misuse. */
    private static final int MAX_CACHED = 256;

    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();
    private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private FieldTemplate() {}

    /**
     * Renders a template with these values (maps of maps and strings).
     *
     * @throws IllegalArgumentException when the template does not compile
     */
    public static String render(String template, Map<String, ?> values) {
        StringWriter out = new StringWriter();
        compile(template).execute(out, values);
        return out.toString().strip();
    }

    /** Refuses a template that does not compile, with the engine's reason. */
    public static void check(String template) {
        compile(template);
    }

    private static Mustache compile(String template) {
        Mustache cached = COMPILED.get(template);
        if (cached != null) {
            return cached;
        }
        try {
            Mustache compiled = FACTORY.compile(new StringReader(template), "field-template");
            if (COMPILED.size() >= MAX_CACHED) {
                COMPILED.clear();
            }
            COMPILED.put(template, compiled);
            return compiled;
        } catch (MustacheException e) {
            throw new IllegalArgumentException("the template does not compile: " + e.getMessage());
        }
    }
}
