package org.sip2.server.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the screen messages: the built-in ones ({@code screen-messages.properties}), each of which a
 * library's own file ({@code sip.screen.messages}) may replace. The file is checked when it is loaded, so
 * that a typo stops the start with its reason instead of sending a message nobody wrote: every key must be
 * one of {@link ScreenMessage}, and a text may use only the placeholders its built-in text has.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}} …, replaced as they are; unlike {@link java.text.MessageFormat}
 * an apostrophe needs no quoting, which is what translators of "l'usager" expect.
 */
public final class ScreenMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final ScreenMessages BUILT_IN = new ScreenMessages(builtIn());
    private static volatile ScreenMessages current = BUILT_IN;

    private final Map<ScreenMessage, String> texts;
    private final Map<ScreenMessage, Template> templates = new EnumMap<>(ScreenMessage.class);

    private ScreenMessages(Map<ScreenMessage, String> texts) {
        this.texts = texts;
        texts.forEach((message, text) -> templates.put(message, Template.of(text)));
    }

    /** The texts in use: the built-in ones until {@link #use(ScreenMessages)} installs a library's. */
    static ScreenMessages current() {
        return current;
    }

    /** Installs the texts every screen message is taken from from now on. */
    public static void use(ScreenMessages messages) {
        current = messages;
    }

    /** The built-in texts with those of the library's file ({@code null}: the built-in texts alone). */
    public static ScreenMessages load(Path libraryTexts) {
        if (libraryTexts == null) {
            return BUILT_IN;
        }
        Properties replacements = new Properties();
        try (Reader reader = Files.newBufferedReader(libraryTexts, StandardCharsets.UTF_8)) {
            replacements.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("sip.screen.messages: cannot read " + libraryTexts, e);
        }
        Map<ScreenMessage, String> texts = new EnumMap<>(BUILT_IN.texts);
        for (String key : replacements.stringPropertyNames()) {
            ScreenMessage message = known(key, libraryTexts);
            String text = replacements.getProperty(key).strip();
            Set<String> unknown = placeholders(text);
            unknown.removeAll(placeholders(BUILT_IN.texts.get(message)));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("sip.screen.messages " + libraryTexts + ": " + key + " uses "
                        + unknown + ", which the message does not have (it has "
                        + placeholders(BUILT_IN.texts.get(message)) + ")");
            }
            texts.put(message, text);
        }
        return new ScreenMessages(texts);
    }

    String text(ScreenMessage message, Object... values) {
        return templates.get(message).fill(values);
    }

    /**
     * A text split at its placeholders when it is loaded, so that sending a message runs no regular
     * expression: {@code literals} around the {@code indexes} of the values that go between them.
     */
    private record Template(List<String> literals, List<Integer> indexes) {

        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            int from = 0;
            while (placeholder.find()) {
                literals.add(text.substring(from, placeholder.start()));
                indexes.add(Integer.parseInt(placeholder.group(1)));
                from = placeholder.end();
            }
            literals.add(text.substring(from));
            return new Template(List.copyOf(literals), List.copyOf(indexes));
        }

        /** The text with each placeholder replaced by its value; one without a value is left as it is. */
        String fill(Object... values) {
            StringBuilder text = new StringBuilder(literals.getFirst());
            for (int i = 0; i < indexes.size(); i++) {
                int index = indexes.get(i);
                text.append(index < values.length ? String.valueOf(values[index]) : "{" + index + "}");
                text.append(literals.get(i + 1));
            }
            return text.toString();
        }
    }

    private static ScreenMessage known(String key, Path file) {
        try {
            return ScreenMessage.valueOf(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "sip.screen.messages " + file + ": no screen message is called '" + key
                            + "' (see docs/configuration.md, \"Screen messages\")",
                    e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    private static Map<ScreenMessage, String> builtIn() {
        Properties defaults = new Properties();
        try (InputStream in = ScreenMessages.class.getResourceAsStream("screen-messages.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ScreenMessage, String> texts = new EnumMap<>(ScreenMessage.class);
        for (ScreenMessage message : ScreenMessage.values()) {
            String text = defaults.getProperty(message.name());
            if (text == null) {
                throw new IllegalStateException("screen-messages.properties has no text for " + message);
            }
            texts.put(message, text);
        }
        return texts;
    }
}
