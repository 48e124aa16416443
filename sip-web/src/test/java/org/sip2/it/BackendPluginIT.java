package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.memory.MemoryBackend;
import org.sip2.it.memory.MemoryLibrarySetup;
import org.sip2.protocol.PatronInformationResponse;

/**
 * A second ILS back end, deployed into the same WAR, serves its own institution while the built-in
 * JPA back end serves the demo library: both at once, on interleaved connections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackendPluginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClasses(MemoryBackend.class, MemoryLibrarySetup.class);
    }

    @Test
    void eachInstitutionIsServedByItsOwnBackEndAtTheSameTime() throws IOException {
        try (SipClient memory = SipClient.loggedIn("mem1", "mem1", "MEM");
                SipClient demo = SipClient.loggedIn()) {
            PatronInformationResponse memoryPatron = (PatronInformationResponse)
                    memory.exchangeParsed("63000" + Sip.now() + "  Y       AOMEM|AAM-1|AC|AD1234|");
            PatronInformationResponse demoPatron = (PatronInformationResponse)
                    demo.exchangeParsed("63000" + Sip.now() + "  Y       AOCPL|AAterm1|AC|ADterm1|");
            assertEquals("Memory Patron", memoryPatron.personalName());
            assertEquals("Demo Patron", demoPatron.personalName());

            String memoryLoan =
                    memory.exchange("11YN" + Sip.now() + " ".repeat(18) + "AOMEM|AAM-1|ABM-ITEM-7|AC|AD1234|");
            String demoLoan = demo.exchange(Sip.checkout("23529000000112", "p0112", "39999000000071", true, null));
            assertTrue(memoryLoan.startsWith("121") && memoryLoan.contains("AFMemory loan|"), memoryLoan);
            assertTrue(demoLoan.startsWith("121"), demoLoan);

            PatronInformationResponse after = (PatronInformationResponse)
                    memory.exchangeParsed("63000" + Sip.now() + "  Y       AOMEM|AAM-1|AC|AD1234|");
            assertEquals(java.util.List.of("M-ITEM-7"), after.chargedItems());
            assertTrue(
                    memory.exchange("17" + Sip.now() + "AOMEM|AB39999000000071|AC|")
                            .contains("AFItem not found|"),
                    "the memory library does not see the demo library's items");
            assertTrue(demo.exchange(Sip.checkin("39999000000071")).startsWith("101"));
        }
    }
}
