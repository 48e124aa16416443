package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The syslog handler made from the settings, against syslog servers played by sockets of the test. */
class SyslogSettingsTest {

    @Test
    void rfc5424OverUdpCarriesFacilityLocal6SeverityInfoAndTheProgramName() throws Exception {
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            syslog.setSoTimeout(5000);
            Handler handler = new SyslogSettings(
                            "127.0.0.1", syslog.getLocalPort(), "udp", "rfc5424", "local6", "sip2-test")
                    .handler();
            handler.publish(new LogRecord(Level.INFO, "term1 127.0.0.1 #1 93>94 1.0ms \"9300CN***|CO***|\" \"941\""));
            handler.close();
            DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
            syslog.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            // local6 = 22, informational = 6: PRI 22 * 8 + 6
            assertTrue(message.startsWith("<182>1 "), message);
            assertTrue(message.contains(" sip2-test "), message);
            assertTrue(message.endsWith("93>94 1.0ms \"9300CN***|CO***|\" \"941\""), message);
        }
    }

    @Test
    void rfc3164OverTcpSendsOneLinePerMessage() throws Exception {
        try (ServerSocket syslog = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Handler handler = new SyslogSettings("127.0.0.1", syslog.getLocalPort(), "tcp", "rfc3164", "daemon", "sip2")
                    .handler();
            handler.publish(new LogRecord(Level.INFO, "first"));
            handler.publish(new LogRecord(Level.INFO, "second"));
            handler.flush();
            List<String> lines = new ArrayList<>();
            try (Socket peer = syslog.accept();
                    BufferedReader in =
                            new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8))) {
                peer.setSoTimeout(5000);
                lines.add(in.readLine());
                lines.add(in.readLine());
            } finally {
                handler.close();
            }
            // daemon = 3: PRI 3 * 8 + 6
            assertTrue(lines.get(0).startsWith("<30>"), lines.get(0));
            assertTrue(lines.get(0).contains(" sip2") && lines.get(0).endsWith("first"), lines.get(0));
            assertTrue(lines.get(1).endsWith("second"), lines.get(1));
        }
    }

    @Test
    void aWrongSettingIsRefusedByName() {
        assertEquals(
                "sip.syslog.protocol must be udp, tcp or tls, not 'carrier pigeon'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new SyslogSettings(
                                        "localhost", 514, "carrier pigeon", "rfc5424", "local6", "sip2"))
                        .getMessage());
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> new SyslogSettings("localhost", 514, "udp", "rfc5424", "local9", "sip2"))
                .getMessage()
                .startsWith("sip.syslog.facility must be one of"));
        assertFalse(assertThrows(
                        IllegalArgumentException.class,
                        () -> new SyslogSettings("localhost", 514, "udp", "json", "local6", "sip2"))
                .getMessage()
                .isEmpty());
    }
}
