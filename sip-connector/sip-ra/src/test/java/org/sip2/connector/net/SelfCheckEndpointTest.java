package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.ils.SelfCheckEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example MDB of sip-connector/README.md behind a real listener: it compiles, answers 99 and
 * 93 as the README says, and the README shows exactly this source.
 */
class SelfCheckEndpointTest {

    private static final String PASSWORD_SETTING = "ils.sip.password";

    @TempDir
    Path logDir;

    private RunningListener listener;

    @BeforeEach
    void start() throws IOException {
        System.setProperty(PASSWORD_SETTING, "s3cret");
        ListenerConfig config = new ListenerConfig(
                TestApplication.definition("example", 30, 0, 5, 5),
                null,
                StandardCharsets.ISO_8859_1,
                3,
                Duration.ofSeconds(5));
        listener = RunningListener.start(config, new SelfCheckEndpoint(), 2, logDir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
        System.clearProperty(PASSWORD_SETTING);
    }

    @Test
    void answersStatusAndLoginAndRefusesTheRest() throws IOException {
        try (LineClient client = LineClient.plain(listener.port())) {
            String status = client.exchange("9900302.00");
            assertTrue(
                    status.matches("98YNNNNN100003\\d{8} {4}\\d{6}2\\.00AOMAIN\\|AMExample Library\\|"
                            + "BXNNNNYYYNNNNNNNNN\\|"),
                    status);
            assertTrue(client.exchange("2300120240315    143022AOMAIN|AA123|AC|AD|")
                    .contains("|AFPlease log in|"));
            assertEquals("940", client.exchange("9300CNselfcheck|COwrong|"));
            assertEquals("941", client.exchange("9300CNselfcheck|COs3cret|CPDESK-1|"));
            String refused = client.exchange("2300120240315    143022AOMAIN|AA123|AC|AD|");
            assertTrue(refused.startsWith("24YYYY") && refused.contains("|AFNot available at this terminal|"), refused);
            assertEquals(refused, client.exchange("97"), "the connector answers a 97 itself");
        }
    }

    @Test
    void theReadmeShowsThisSource() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```java\n(package org\\.example\\.ils;.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(block.find(), "sip-connector/README.md has the example");
        assertEquals(Files.readString(Path.of("src/test/java/org/example/ils/SelfCheckEndpoint.java")), block.group(1));
    }
}
