package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RAR and the WAR, unchanged, in a full GlassFish 8 domain with the domain's own JDBC resource,
 * set up with the asadmin steps of docs/deployment.md: a new domain on free ports bound to
 * 127.0.0.1, the thread pool, the JDBC pool and resource, the settings as system properties, the
 * RAR, then the WAR. A terminal then talks SIP2 to it over TCP as Koha's set-up page does (login,
 * SC status, patron information) and checks an item out; the domain is stopped at the end. GlassFish has no
 * MicroProfile Metrics: the server deploys and runs without them.
 */
class GlassFishIT {

    private static final Path HOME = Path.of(System.getProperty("it.glassfish.dir", "target/glassfish"));
    private static final Path WORK = Path.of(System.getProperty("it.dir", "target/it"), "glassfish");
    private static final String DOMAIN = "sipit";
    /** Offsets from the port base that create-domain uses (admin 48, HTTP 80, HTTPS 81, IIOP 37-39, ...). */
    private static final int[] DOMAIN_PORTS = {9, 37, 38, 39, 48, 66, 76, 80, 81, 86, 7676};

    private static final int SIP_OFFSET = 1;

    private static int portBase;
    private static boolean started;

    @BeforeAll
    static void deployIntoANewDomain() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        portBase = freePortBase();
        asadmin(
                "create-domain",
                "--domaindir",
                WORK.toString(),
                "--portbase",
                String.valueOf(portBase),
                "--nopassword=true",
                DOMAIN);
        bindToLoopback(WORK.resolve(DOMAIN).resolve("config/domain.xml"));
        asadmin("start-domain", "--domaindir", WORK.toString(), DOMAIN);
        started = true;
        Path h2 = onlyFile(HOME.resolve("lib"), "h2-");
        admin("create-threadpool", "--maxthreadpoolsize=64", "--minthreadpoolsize=4", "sip-thread-pool");
        admin("set", "configs.config.server-config.connector-service.class-loading-policy=global");
        admin("set", "configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true");
        admin("add-library", h2.toString());
        String url = "jdbc:h2:" + WORK.resolve("db/library").toAbsolutePath() + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        admin(
                "create-jdbc-connection-pool",
                "--restype",
                "javax.sql.DataSource",
                "--datasourceclassname",
                "org.h2.jdbcx.JdbcDataSource",
                "--steadypoolsize",
                "2",
                "--maxpoolsize",
                "160",
                "--property",
                "url=\"" + url + "\":user=sip:password=sip-db-secret",
                "library-pool");
        admin("create-jdbc-resource", "--connectionpoolid", "library-pool", "jdbc/library");
        admin("create-resource-adapter-config", "--threadpoolid=sip-thread-pool", "sip-ra");
        admin(
                "create-system-properties",
                String.join(
                        ":",
                        "sip.db.jndi=jdbc/library",
                        "sip.port=" + (portBase + SIP_OFFSET),
                        "sip.bind.address=127.0.0.1",
                        "sip.log.file="
                                + escaped(WORK.resolve("logs/sip.log")
                                        .toAbsolutePath()
                                        .toString()),
                        "sip.admin.password=" + ItServer.ADMIN_PASSWORD));
        admin("deploy", "--name", "sip-ra", System.getProperty("it.rar"));
        admin("deploy", "--name", "sip-web", System.getProperty("sip.war"));
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        if (started) {
            asadmin("stop-domain", "--domaindir", WORK.toString(), "--kill=true", DOMAIN);
        }
    }

    @Test
    void answersKohasExchangesAndAChecksOutAnItem() throws Exception {
        try (SipClient kiosk = new SipClient(portBase + SIP_OFFSET, StandardCharsets.ISO_8859_1)) {
            assertEquals("941", kiosk.exchange("9300CNterm1|COterm1|CPCPL|"));
            String status = kiosk.exchange("9900302.00");
            assertTrue(status.startsWith("98YYYYNN"), status);
            assertTrue(status.contains("AOCPL|AMCenterville Public Library|"), status);
            String patron = kiosk.exchange(Sip.chargedItems("23529000000120", "p0120"));
            assertTrue(patron.startsWith("64"), patron);
            assertTrue(patron.contains("|AEVid Horvat|") && patron.contains("|BLY|CQY|"), patron);
            String checkout = kiosk.exchange(Sip.checkout("23529000000120", "p0120", "39999000000071", false, null));
            assertTrue(checkout.startsWith("121"), checkout);
            assertTrue(checkout.contains("|AB39999000000071|"), checkout);
            String item = kiosk.exchange(Sip.itemInformation("39999000000071"));
            assertTrue(item.startsWith("1804"), "charged: " + item);
        }
        assertTrue(Files.exists(WORK.resolve("db/library.mv.db")), "the domain's JDBC resource holds the data");
        try (Stream<Path> files = Files.walk(WORK)) {
            assertTrue(
                    files.noneMatch(file -> file.toString().contains("MPCONFIG")),
                    "the embedded data source stays unused");
        }
        ConsoleHttp console = new ConsoleHttp("http://127.0.0.1:" + (portBase + 80));
        HttpResponse<String> login = console.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "the console's sign-in page");
        assertTrue(
                console.signIn("admin", ItServer.ADMIN_PASSWORD),
                "the admin signs in (roles from the domain's mapping)");
        HttpResponse<String> dashboard = console.get("/console/dashboard.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Dashboard"), "the dashboard after sign-in");
        assertTrue(
                Files.readString(WORK.resolve(DOMAIN).resolve("logs/server.log"))
                        .contains("No MicroProfile Metrics in this server"),
                "without Metrics the server runs, counting nothing");
    }

    /** Runs an asadmin command against the test domain's admin port. */
    private static void admin(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(portBase + 48)));
        args.addAll(List.of(command));
        asadmin(args.toArray(String[]::new));
    }

    private static void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", HOME.resolve("glassfish8/bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        WORK.resolve("asadmin.log").toFile()));
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "asadmin " + String.join(" ", args) + " failed, see " + WORK.resolve("asadmin.log"));
        }
    }

    /** create-domain binds to every interface; a test server listens on 127.0.0.1 only. */
    private static void bindToLoopback(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml);
        xml = xml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=");
        Files.writeString(domainXml, xml);
    }

    /** A port base whose domain ports and SIP port are all free on 127.0.0.1. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // below 57,800: create-domain also derives a port as the base plus 7,676 (the JMS provider's)
            int base = ThreadLocalRandom.current().nextInt(200, 578) * 100;
            if (free(base + SIP_OFFSET) && Arrays.stream(DOMAIN_PORTS).allMatch(offset -> free(base + offset))) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base found");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** asadmin property lists separate with ':' and need it escaped inside a value. */
    private static String escaped(String value) {
        return value.replace(":", "\\:");
    }

    private static Path onlyFile(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "* in " + dir));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
