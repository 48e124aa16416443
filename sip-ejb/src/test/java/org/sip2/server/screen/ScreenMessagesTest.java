package org.sip2.server.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenMessagesTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInTextsNameEveryMessageAndNothingElse() throws IOException {
        Properties builtIn = new Properties();
        try (InputStream in = ScreenMessages.class.getResourceAsStream("screen-messages.properties")) {
            builtIn.load(in);
        }
        Set<String> messages =
                Arrays.stream(ScreenMessage.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(messages, builtIn.stringPropertyNames());
    }

    @Test
    void placeholdersAreReplacedInOrder() {
        ScreenMessages texts = ScreenMessages.load(null);
        assertEquals(
                "Payment of 5.00 USD accepted, 2.50 USD still owed",
                texts.text(ScreenMessage.PAID_STILL_OWED, "5.00", "USD", "2.50"));
        assertEquals("Patron not found, please see staff", texts.text(ScreenMessage.PATRON_NOT_FOUND));
    }

    @Test
    void aPlaceholderWithoutAValueIsLeftAsItIs() {
        assertEquals(
                "Payment of 5.00 USD accepted, {2} USD still owed",
                ScreenMessages.load(null).text(ScreenMessage.PAID_STILL_OWED, "5.00", "USD"));
    }

    @Test
    void aLibraryRewordsAndTranslatesWithApostrophesAsTheyAre() throws IOException {
        Path file = dir.resolve("messages.properties");
        Files.writeString(file, """
                # our words
                PATRON_NOT_FOUND = Carte inconnue de l'usager, voyez le personnel
                RENTAL_FEE_TO_ACCEPT=Location : {1} {0}, acceptez-vous ?
                """, StandardCharsets.UTF_8);
        ScreenMessages texts = ScreenMessages.load(file);
        assertEquals("Carte inconnue de l'usager, voyez le personnel", texts.text(ScreenMessage.PATRON_NOT_FOUND));
        assertEquals(
                "Location : EUR 1.50, acceptez-vous ?", texts.text(ScreenMessage.RENTAL_FEE_TO_ACCEPT, "1.50", "EUR"));
        assertEquals(
                "Item not found", texts.text(ScreenMessage.ITEM_NOT_FOUND), "what the file leaves out stays built in");
    }

    @Test
    void aFileWithAnUnknownKeyOrPlaceholderStopsTheStartWithItsReason() throws IOException {
        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "PATRON_NOT_FUOND=Who?\n");
        IllegalArgumentException unknownKey =
                assertThrows(IllegalArgumentException.class, () -> ScreenMessages.load(typo));
        assertTrue(unknownKey.getMessage().contains("'PATRON_NOT_FUOND'"), unknownKey.getMessage());

        Path extra = dir.resolve("extra.properties");
        Files.writeString(extra, "DUE=Due {0} at {1}\n");
        IllegalArgumentException unknownPlaceholder =
                assertThrows(IllegalArgumentException.class, () -> ScreenMessages.load(extra));
        assertTrue(unknownPlaceholder.getMessage().contains("[{1}]"), unknownPlaceholder.getMessage());
    }
}
