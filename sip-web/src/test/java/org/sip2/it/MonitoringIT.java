package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.observe.ObserveFixtures;

/**
 * Metrics and health over HTTP as a Prometheus server and a load balancer read them
 * (docs/operations.md, "Monitoring"): the counters move with real SIP2 traffic over TCP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String NO_DATE = " ".repeat(18);

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addPackage(ObserveFixtures.class.getPackage());
    }

    @Test
    void requestsAreCountedByTypeAndOutcomeAndTimedInPrometheusTextFormat() throws Exception {
        String before = metrics();
        try (SipClient kiosk = new SipClient()) {
            assertEquals("940", kiosk.exchange("9300CNOBS-nobody|COwrong|CPOBSLIB|"));
            assertEquals(
                    "941",
                    kiosk.exchange("9300CN" + ObserveFixtures.KIOSK + "|CO" + ObserveFixtures.KIOSK + "|CPOBSLIB|"));
            assertTrue(kiosk.exchange(information(ObserveFixtures.PATRON, ObserveFixtures.PIN))
                    .startsWith("64"));
            assertTrue(kiosk.exchange(information("OBS-nobody", "x")).startsWith("64"));
            String checkin = "09N" + Sip.now() + NO_DATE + "APOBSLIB|AOOBSLIB|ABOBS-NO-ITEM|AC|";
            String refused = kiosk.exchange(checkin);
            assertTrue(refused.startsWith("100"), refused);
            assertEquals(refused, kiosk.exchange(checkin), "a byte-identical repeat is answered from the journal");
            assertTrue(kiosk.exchange("9900302.00AY0AZ0000").startsWith("96"), "a bad checksum");
            String after = metrics();
            assertEquals(1, delta(before, after, "sip_requests_total", Map.of("type", "93", "outcome", "refused")));
            assertEquals(1, delta(before, after, "sip_requests_total", Map.of("type", "93", "outcome", "ok")));
            assertEquals(1, delta(before, after, "sip_requests_total", Map.of("type", "63", "outcome", "ok")));
            assertEquals(1, delta(before, after, "sip_requests_total", Map.of("type", "63", "outcome", "refused")));
            assertEquals(2, delta(before, after, "sip_requests_total", Map.of("type", "09", "outcome", "refused")));
            assertTrue(delta(before, after, "sip_requests_total", Map.of("outcome", "96")) >= 1);
            assertEquals(1, delta(before, after, "sip_logins_refused_total", Map.of()));
            assertEquals(1, delta(before, after, "sip_journal_replays_total", Map.of()));
            assertEquals(2, delta(before, after, "sip_request_duration_seconds_count", Map.of("type", "63")));
            assertTrue(
                    value(after, "sip_request_duration_seconds", Map.of("type", "63", "quantile", "0.99")) > 0,
                    "p99 of 63s in seconds");
            assertTrue(
                    value(after, "sip_terminals_connected", Map.of("listener", "default")) >= 1,
                    "this kiosk is a connected terminal of the default listener");
            assertEquals(1, value(after, "sip_listener_bound", Map.of("listener", "default")));
        }
    }

    @Test
    void aRequestTheServerFailsOnIsCountedAsAnError() throws Exception {
        String before = metrics();
        try (SipClient kiosk = SipClient.loggedIn(
                ObserveFixtures.BROKEN_KIOSK, ObserveFixtures.BROKEN_KIOSK, ObserveFixtures.BROKEN_INSTITUTION)) {
            String reply = kiosk.exchange("63001" + Sip.now() + "          AO" + ObserveFixtures.BROKEN_INSTITUTION
                    + "|AA" + ObserveFixtures.PATRON + "|AC|AD" + ObserveFixtures.PIN + "|");
            assertTrue(reply.startsWith("64"), reply);
            assertTrue(reply.contains("|AFSystem unavailable, please try again later|"), "the failure form: " + reply);
            assertTrue(kiosk.exchange("9900302.00").startsWith("98"), "the connection goes on");
        }
        String after = metrics();
        assertEquals(1, delta(before, after, "sip_requests_total", Map.of("type", "63", "outcome", "error")));
        assertEquals(0, delta(before, after, "sip_requests_total", Map.of("type", "63", "outcome", "refused")));
    }

    @Test
    void aCardLockedByWrongPinsIsCountedAsAPinLockout() throws Exception {
        String before = metrics();
        try (SipClient kiosk =
                SipClient.loggedIn(ObserveFixtures.KIOSK, ObserveFixtures.KIOSK, ObserveFixtures.INSTITUTION)) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                String reply = kiosk.exchange(information(ObserveFixtures.PATRON_TO_LOCK, "wrong-" + attempt));
                assertTrue(reply.startsWith("64"), reply);
            }
        }
        assertEquals(1, delta(before, metrics(), "sip_pin_lockouts_total", Map.of()));
    }

    @Test
    void readyWhenTheDatabaseAnswersAndTheListenerIsBoundAndAlive() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"database\":\"reachable\""), ready.body());
        assertTrue(ready.body().contains("\"listener default\":\"bound\""), ready.body());
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"name\":\"sip2\""), live.body());
    }

    private static String information(String patron, String pin) {
        return "63001" + Sip.now() + "          AO" + ObserveFixtures.INSTITUTION + "|AA" + patron + "|AC|AD" + pin
                + "|";
    }

    private String metrics() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "Prometheus text format: " + response.headers().firstValue("Content-Type"));
        return response.body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        // Arquillian reports the host's outside address; the server listens on loopback only.
        URI uri = URI.create("http://127.0.0.1:" + deployed.getPort() + path);
        return http.send(
                HttpRequest.newBuilder(uri).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}. */
    private static double value(String metrics, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : metrics.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new java.util.HashMap<>();
            Matcher label = LABEL.matcher(sample.group(3) == null ? "" : sample.group(3));
            while (label.find()) {
                found.put(label.group(1), label.group(2));
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }
}
