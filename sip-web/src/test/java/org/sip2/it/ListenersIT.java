package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sip2.cli.SipCli;
import org.sip2.it.listeners.ListenerFixtures;
import picocli.CommandLine;

/**
 * Listeners as data: added, changed and removed on the console's Listeners page, each change in effect at once,
 * checked over real sockets: Koha's telnet transport, TLS with client certificates bound to a terminal account,
 * and a port in use reported on the page while the others keep serving.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListenersIT {

    private static final int TELNET_PORT = Integer.getInteger("it.lsn.telnet.port");
    private static final int TLS_PORT = Integer.getInteger("it.lsn.tls.port");
    private static final Path KEYS = Path.of(System.getProperty("it.dir"), "tls");
    private static final String KEY_PASSWORD = System.getProperty("it.tls.password");

    @ArquillianResource
    URL deployed;

    private WebDriver browser;
    private WebDriverWait wait;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClass(ListenerFixtures.class);
    }

    /** The server reads these files when a TLS listener binds: sip.tls.keystore and sip.tls.truststore. */
    @BeforeAll
    static void makeKeys() throws Exception {
        Path script = Path.of("").toAbsolutePath().resolveSibling("bin").resolve("tls-keys.sh");
        // The certificate names localhost only: a client that connects to 127.0.0.1 and checks the name refuses it.
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", script.toString(), KEYS.toString(), "DNS:localhost", "LSN-kiosk")
                .redirectErrorStream(true);
        builder.environment().put("SIP_TLS_PASSWORD", KEY_PASSWORD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, output);
        // A second CA with a client of the same name: its certificate must not get in.
        builder.command("bash", script.toString(), KEYS.resolve("foreign").toString(), "DNS:localhost", "LSN-kiosk");
        process = builder.start();
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, output);
    }

    @BeforeEach
    void openBrowser() {
        base = "http://127.0.0.1:" + deployed.getPort();
        browser = ItBrowser.headless();
        wait = ItBrowser.signedInAsAdmin(browser, base, "/console/listeners.xhtml", "SIP2 listeners");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theFirstListenerComesFromTheSettings() {
        String state = row("default").getText();
        assertTrue(state.contains("listening on 127.0.0.1:" + SipClient.PORT), state);
    }

    @Test
    void aTelnetListenerServesAsSoonAsItIsSavedAndStopsWhenRemoved() throws Exception {
        saveListener("LSN-telnet", TELNET_PORT, "TELNET", "OFF");
        try (Socket socket = new Socket("127.0.0.1", TELNET_PORT)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            assertEquals("login: ", readUntil(in, "login: "));
            out.write(new byte[] {(byte) 255, (byte) 253, 3}); // IAC DO SUPPRESS-GO-AHEAD, as telnet clients send
            out.write("LSN-telnet\r\n".getBytes(StandardCharsets.US_ASCII));
            readUntil(in, "password: ");
            out.write("LSN-telnet-pass\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("Login OK.  Initiating SIP\r\n", readUntil(in, "\r\n"));
            out.write("9900302.00\r".getBytes(StandardCharsets.US_ASCII));
            assertTrue(readUntil(in, "\r").startsWith("98"));
            String metrics = get("/metrics?scope=application");
            assertEquals("1", sample(metrics, "sip_listener_bound", "LSN-telnet"), "monitored as soon as saved");
            assertEquals("1", sample(metrics, "sip_terminals_connected", "LSN-telnet"), metrics);
            assertTrue(get("/health/ready").contains("listener LSN-telnet"), "readiness covers every listener");

            click(rowButton("LSN-telnet", "remove"));
            awaitMessage("Listener LSN-telnet removed");
            assertEquals(-1, in.read(), "its connections are closed");
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", TELNET_PORT).close());
        assertEquals(
                null,
                sample(get("/metrics?scope=application"), "sip_listener_bound", "LSN-telnet"),
                "a removed listener's series go");
    }

    @Test
    void aTlsListenerWithClientCertificatesBindsItsAccountToTheCertificate() throws Exception {
        saveListener("LSN-tls", TLS_PORT, "RAW", "CLIENT_CERTIFICATE");
        try (SSLSocket kiosk = tls(KEYS.resolve("LSN-kiosk.p12"))) {
            assertEquals("941", exchange(kiosk, "9300CNLSN-kiosk|COLSN-kiosk-pass|CPCPL|"));
            assertTrue(exchange(kiosk, "9900302.00").startsWith("98"));
        }
        Run verified = cli(
                "-a",
                "localhost",
                "--tls",
                "--trust-store",
                KEYS.resolve("truststore.p12").toString(),
                "--trust-store-password=" + KEY_PASSWORD,
                "--key-store",
                KEYS.resolve("LSN-kiosk.p12").toString(),
                "--key-store-password=" + KEY_PASSWORD,
                "-su",
                "LSN-kiosk",
                "-sp",
                "LSN-kiosk-pass",
                "-l",
                "CPL",
                "-m",
                "login",
                "-m",
                "sc_status");
        assertEquals(0, verified.exitCode(), verified.output());
        assertTrue(verified.output().contains("< 941") && verified.output().contains("< 98"), verified.output());
        Run wrongName = cli(
                "-a",
                "127.0.0.1",
                "--tls",
                "--trust-store",
                KEYS.resolve("truststore.p12").toString(),
                "--trust-store-password=" + KEY_PASSWORD,
                "--key-store",
                KEYS.resolve("LSN-kiosk.p12").toString(),
                "--key-store-password=" + KEY_PASSWORD,
                "-su",
                "LSN-kiosk",
                "-sp",
                "LSN-kiosk-pass",
                "-m",
                "login");
        assertTrue(
                wrongName.exitCode() != 0 && !wrongName.output().contains("< 94"),
                "sip-cli --tls checks that the certificate names the address: " + wrongName.output());
        Run unchecked = cli(
                "-a",
                "127.0.0.1",
                "--tls",
                "--no-verify-hostname",
                "--trust-store",
                KEYS.resolve("truststore.p12").toString(),
                "--trust-store-password=" + KEY_PASSWORD,
                "--key-store",
                KEYS.resolve("LSN-kiosk.p12").toString(),
                "--key-store-password=" + KEY_PASSWORD,
                "-su",
                "LSN-kiosk",
                "-sp",
                "LSN-kiosk-pass",
                "-m",
                "login");
        assertTrue(unchecked.output().contains("< 941"), unchecked.output());
        assertThrows(
                IOException.class,
                () -> {
                    try (SSLSocket foreign = tls(KEYS.resolve("foreign/LSN-kiosk.p12"))) {
                        exchange(foreign, "9300CNLSN-kiosk|COLSN-kiosk-pass|CPCPL|");
                    }
                },
                "a certificate of another CA is refused");
        assertThrows(
                IOException.class,
                () -> {
                    try (SSLSocket anonymous = tls(null)) {
                        exchange(anonymous, "9300CNLSN-kiosk|COLSN-kiosk-pass|CPCPL|");
                    }
                },
                "no certificate, no connection");
        try (SipClient plain = new SipClient()) {
            assertEquals(
                    "940",
                    plain.exchange("9300CNLSN-kiosk|COLSN-kiosk-pass|CPCPL|"),
                    "the account bound to a certificate cannot log in without it");
        }
        try (SipClient plainOnTls = new SipClient(TLS_PORT, StandardCharsets.ISO_8859_1)) {
            plainOnTls.send("9300CNLSN-kiosk|COLSN-kiosk-pass|CPCPL|\r");
            assertTrue(plainOnTls.closedByServer(), "a plain client on the TLS port is closed");
        }
        click(rowButton("LSN-tls", "remove"));
        awaitMessage("Listener LSN-tls removed");
    }

    @Test
    void aPortInUseIsShownAndTheOtherListenersKeepServing() throws Exception {
        saveListener("LSN-clash", SipClient.PORT, "RAW", "OFF");
        awaitMessage("not listening");
        assertTrue(
                row("LSN-clash").getText().contains("NOT LISTENING"),
                row("LSN-clash").getText());
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange("9900302.00").startsWith("98"), "the first listener still serves");
        }
        HttpResponse<String> down = response("/health/ready");
        assertEquals(503, down.statusCode(), "an enabled listener that is not bound: not ready " + down.body());
        assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
        assertTrue(down.body().contains("\"listener LSN-clash\":\"not bound: "), "named, with why: " + down.body());
        assertTrue(down.body().contains("\"listener default\":\"bound\""), down.body());
        browser.navigate().refresh();
        click(rowButton("LSN-clash", "remove"));
        awaitMessage("Listener LSN-clash removed");
        HttpResponse<String> up = response("/health/ready");
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                up.statusCode() != 200 && System.nanoTime() < deadline;
                up = response("/health/ready")) {
            Thread.sleep(200);
        }
        assertEquals(200, up.statusCode(), "ready again once the listener is gone: " + up.body());
        assertFalse(up.body().contains("LSN-clash"), up.body());
    }

    @Test
    void kohasListenersAreImported() throws Exception {
        String config = """
                <acsconfig xmlns="http://openncip.org/acs-config/1.0/">
                  <listeners>
                    <service port="0:8080/tcp" transport="http" protocol="NCIP/1.0" />
                    <service port="127.0.0.1:%d/tcp" transport="telnet" protocol="SIP/1.00"
                             timeout="30" client_timeout="600" />
                  </listeners>
                </acsconfig>
                """.formatted(TELNET_PORT);
        String export = """
                <koha-sip-export xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <resultset statement="SELECT * FROM sip_listeners">
                  <row><field name="sip_listener_id">1</field><field name="client_timeout">300</field>
                    <field name="port">127.0.0.1:%d/tcp</field><field name="protocol">SIP/2.00</field>
                    <field name="timeout">45</field><field name="transport">RAW</field></row>
                </resultset></koha-sip-export>""".formatted(TELNET_PORT);
        browser.get(base + "/console/import.xhtml");
        WebElement xml = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:xml")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", xml, export);
        click(By.id("import:preview"));
        String name = "koha-" + TELNET_PORT;
        String fromExport = "127.0.0.1:" + TELNET_PORT + ", raw, login timeout 45 s, idle timeout 300 s";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:changes"), fromExport));
        assertTrue(
                browser.findElement(By.id("import:changes")).getText().contains(name),
                "Koha 25.11's sip_listeners rows are listeners to create");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("import:xml")), config);
        click(By.id("import:preview"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:changes"), "telnet"));
        String preview = browser.findElement(By.id("import:changes")).getText();
        assertTrue(
                preview.contains("127.0.0.1:" + TELNET_PORT + ", telnet, login timeout 30 s, idle timeout 600 s"),
                preview);
        assertTrue(preview.contains("0:8080/tcp not imported"), "the NCIP service is not a SIP2 listener: " + preview);
        click(By.id("import:apply"));
        awaitMessage("Imported");
        try (Socket socket = new Socket("127.0.0.1", TELNET_PORT)) {
            socket.setSoTimeout(10_000);
            assertEquals(
                    "login: ", readUntil(socket.getInputStream(), "login: "), "the imported listener serves at once");
        }
        browser.get(base + "/console/listeners.xhtml");
        assertTrue(row(name).getText().contains("TELNET"), row(name).getText());
        click(rowButton(name, "remove"));
        awaitMessage("Listener " + name + " removed");
    }

    /** What one run of sip-cli printed and returned; the TLS listener's port is added. */
    private record Run(int exitCode, String output) {}

    private String get(String path) throws IOException, InterruptedException {
        return response(path).body();
    }

    private HttpResponse<String> response(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept", "text/plain")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a listener's sample of {@code metric} (without a trailing ".0"), or null if there is none. */
    private static String sample(String metrics, String metric, String listener) {
        return metrics.lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains("listener=\"" + listener + "\""))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1).replaceAll("\\.0$", ""))
                .findFirst()
                .orElse(null);
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = SipCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-p", String.valueOf(TLS_PORT)));
        return new Run(commandLine.execute(all.toArray(String[]::new)), out.toString());
    }

    private void saveListener(String name, int port, String transport, String tls) {
        click(By.id("listeners:new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")))
                .sendKeys(name);
        WebElement bind = browser.findElement(By.id("edit:bind"));
        bind.clear();
        bind.sendKeys("127.0.0.1");
        WebElement portField = browser.findElement(By.id("edit:port_input"));
        portField.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(port));
        choose("edit:transport", transport);
        choose("edit:tls", tls);
        click(By.id("edit:save"));
        awaitMessage("Listener " + name + " saved");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listeners:list"), name));
    }

    /** A PrimeFaces selectOneMenu: its hidden native select, set by script. */
    private void choose(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    private WebElement row(String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[td[1][text()='" + name + "']]")));
    }

    private By rowButton(String name, String button) {
        return By.xpath("//tr[td[1][text()='" + name + "']]//button[contains(@id,'" + button + "')]");
    }

    private void awaitMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    private void click(By by) {
        ItBrowser.click(wait, by);
    }

    private static SSLSocket tls(Path clientKeys) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(KeyStore.getInstance(KEYS.resolve("truststore.p12").toFile(), KEY_PASSWORD.toCharArray()));
        KeyManagerFactory keys = null;
        if (clientKeys != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(
                    KeyStore.getInstance(clientKeys.toFile(), KEY_PASSWORD.toCharArray()), KEY_PASSWORD.toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket)
                context.getSocketFactory().createSocket(new Socket("127.0.0.1", TLS_PORT), "localhost", TLS_PORT, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        return socket;
    }

    private static String exchange(Socket socket, String request) throws IOException {
        socket.getOutputStream().write((request + "\r").getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        String line = readUntil(socket.getInputStream(), "\r");
        return line.substring(0, line.length() - 1);
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        while (!text.toString(StandardCharsets.ISO_8859_1).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after '" + text.toString(StandardCharsets.ISO_8859_1) + "'");
            }
            text.write(b);
        }
        return text.toString(StandardCharsets.ISO_8859_1);
    }
}
