package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.kim.KimFixtures;

/**
 * Catalogue import through the import directory of the running server: patrons, items, loans,
 * holds and fees from CSV, each row's outcome in the report, and the result as terminals see it
 * over SIP2. All records have the prefix KIM, in the institution KIM.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogImportIT {

    private static final Path DIRECTORY = Path.of(System.getProperty("it.import.dir"));
    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) rows, (\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) errors");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClass(KimFixtures.class);
    }

    /** What the summary of an import counted. */
    private record Counts(long rows, long created, long updated, long unchanged, long errors, String text) {
        long stored() {
            return created + updated;
        }
    }

    @Test
    void aLibrarysReportsBecomeItsCirculation() throws Exception {
        LocalDate today = LocalDate.now();
        Counts patrons = importFile("patrons-kim.csv", """
                barcode,name,institution,pin,email,category,expires_on
                KIMP001,Ada Import,KIM,1001,ada@example.org,ADULT,2030-01-01
                KIMP002,Bob Import,KIM,1002,,CHILD,2030-01-01
                KIMP003,Cy Import,KIM,1003,,,2030-01-01
                """);
        assertEquals(3, patrons.stored(), patrons.text());

        Counts items = importFile("items-kim.csv", """
                barcode,title,author,call_number,media_type,item_type,collection,institution,owning_location,\
                current_location,status
                KIMI001,Imported Walden,Thoreau,818 THO,book,BOOK,ADULT-NF,KIM,KIM,KIM,available
                KIMI002,Imported Dune,Herbert,SF HER,001,BOOK,SF,KIM,KIM,,03
                KIMI003,Imported Emma,Austen,F AUS,book,BOOK,FIC,KIM,KIM,KIM,
                KIMI004,Imported Film,,DVD 1,video tape,DVD,AV,KIM,KIM,KIM,missing
                KIMI005,Bad status,,,book,BOOK,,KIM,KIM,KIM,charged
                KIMI006,Bad library,,,book,BOOK,,NOPE,KIM,KIM,
                KIMI007,Bad media,,,papyrus,BOOK,,KIM,KIM,KIM,
                """);
        assertEquals(4, items.stored(), items.text());
        assertEquals(3, items.errors(), items.text());
        String itemReport = report("items-kim.csv");
        assertTrue(itemReport.contains("6,KIMI005,error,\"status charged comes from the loans file"), itemReport);
        assertTrue(itemReport.contains("7,KIMI006,error,unknown institution NOPE"), itemReport);
        assertTrue(
                itemReport.contains("8,KIMI007,error,\"media_type papyrus is none of 000 other, 001 book"), itemReport);

        Counts loans = importFile(
                "loans-kim.csv",
                "patron,item,checked_out_at,due_at,renewals\n"
                        + "KIMP001,KIMI001," + today.minusDays(3) + "," + today.plusDays(20) + ",1\n"
                        + "KIMP002,KIMI002," + today.minusDays(40) + " 10:00:00," + today.minusDays(10) + ",0\n"
                        + "KIMP001,KIM-NOPE,," + today.plusDays(20) + ",0\n"
                        + "KIMP003,KIMI001,," + today.plusDays(20) + ",0\n");
        assertEquals(2, loans.stored() + loans.unchanged(), loans.text());
        assertEquals(2, loans.errors(), loans.text());
        assertTrue(report("loans-kim.csv").contains("KIMP003/KIMI001,error,item KIMI001 is on loan to another patron"));

        Counts holds = importFile(
                "holds-kim.csv",
                "patron,item,title,hold_type,placed_at,expires_at,pickup_location,status,on_shelf_until\n"
                        + "KIMP002,KIMI001,,,," + today.plusDays(60) + ",KIM,waiting,\n"
                        + "KIMP003,KIMI003,,,,,KIM,on_shelf," + today.plusDays(7) + "\n"
                        + "KIMP001,,Imported Dune,2,,,KIM,,\n"
                        + "KIMP001,,,,,,,,\n"
                        + "KIMP002,KIMI001,,,,,KIM,on_shelf,\n");
        assertEquals(3, holds.stored() + holds.unchanged(), holds.text());
        assertEquals(2, holds.errors(), holds.text());

        String fees = "patron,amount,balance,fee_type,created_at,item,description\n"
                + "KIMP001,2.50,1.00,overdue,2026-11-01 12:00:00,KIMI001,Late return\n"
                + "KIMP002,5.00,,03,2026-11-02 12:00:00,,Torn cover\n"
                + "KIMP003,-1,,,,,\n";
        Counts charged = importFile("fees-kim.csv", fees);
        assertEquals(1, charged.errors(), charged.text());
        Counts again = importFile("fees-kim-again.csv", fees);
        assertEquals(2, again.unchanged(), "a file imported twice charges nothing twice: " + again.text());

        try (SipClient kiosk =
                SipClient.loggedIn(KimFixtures.TERMINAL, KimFixtures.TERMINAL, KimFixtures.INSTITUTION)) {
            String walden = kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMI001|AC|");
            assertTrue(walden.startsWith("1804") && walden.contains("|AJImported Walden|"), walden);
            assertTrue(
                    kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMI003|AC|").startsWith("1808"), "on the hold shelf");
            assertTrue(kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMI004|AC|").startsWith("1813"), "missing");

            String bob = kiosk.exchange("63000" + Sip.now() + " Y        AOKIM|AAKIMP002|AC|AD1002|");
            assertTrue(bob.startsWith("64") && bob.contains("|ATKIMI002|"), "the imported loan is overdue: " + bob);
            assertTrue(bob.contains("|BV5.00|"), bob);
            String ada = kiosk.exchange("63000" + Sip.now() + "  Y       AOKIM|AAKIMP001|AC|AD1001|");
            assertTrue(
                    ada.contains("|AUKIMI001|") && ada.contains("|BV1.00|"), "what is left of the fee is owed: " + ada);
            String checkin = kiosk.exchange("09N" + Sip.now() + " ".repeat(18) + "APKIM|AOKIM|ABKIMI001|AC|");
            assertTrue(checkin.startsWith("101"), "the imported loan checks in: " + checkin);
            assertTrue(checkin.contains("|CY" + "KIMP002|"), "and the imported hold takes the copy: " + checkin);
        }
    }

    @Test
    void aFileBiggerThanAChunkCommitsChunkByChunkAndLosesOnlyTheRowTheDatabaseRefuses() throws Exception {
        StringBuilder csv = new StringBuilder("barcode,title,institution,owning_location\n");
        for (int n = 1; n <= 2500; n++) {
            String barcode = n == 1500 ? "KIMB" + "9".repeat(70) : String.format("KIMB%05d", n);
            csv.append(barcode).append(",Bulk title ").append(n).append(",KIM,KIM\n");
        }
        Counts bulk = importFile("items-kim-bulk.csv", csv.toString());
        assertEquals(2500, bulk.rows(), bulk.text());
        assertEquals(2499, bulk.stored(), bulk.text());
        assertEquals(1, bulk.errors(), bulk.text());
        assertTrue(report("items-kim-bulk.csv").contains("1501,KIMB999"), "the refused row is named");
        assertTrue(
                report("items-kim-bulk.csv").contains("not stored: a value is longer than its column allows ("),
                "the same reason on every database");
        try (SipClient kiosk =
                SipClient.loggedIn(KimFixtures.TERMINAL, KimFixtures.TERMINAL, KimFixtures.INSTITUTION)) {
            assertTrue(
                    kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMB01499|AC|").contains("|AJBulk title 1499|"),
                    "the other rows of the refused row's chunk are stored");
            assertTrue(
                    kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMB02500|AC|").contains("|AJBulk title 2500|"));
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsNotImportedAndSaysWhy() throws Exception {
        String summary = importSummary("loans-kim-broken.csv", "patron,item\nKIMP001,KIMI003\n");
        assertTrue(summary.contains("not imported: the header row lacks due_at"), summary);
        String unknown = importSummary("catalogue-kim.csv", "barcode\nKIMX\n", "failed");
        assertTrue(unknown.contains("does not start with patrons, items, loans, holds or fees"), unknown);
    }

    private static Counts importFile(String name, String csv) throws Exception {
        String summary = importSummary(name, csv);
        Matcher counts = SUMMARY.matcher(summary);
        assertTrue(counts.find(), summary);
        return new Counts(
                Long.parseLong(counts.group(1)),
                Long.parseLong(counts.group(2)),
                Long.parseLong(counts.group(3)),
                Long.parseLong(counts.group(4)),
                Long.parseLong(counts.group(5)),
                summary);
    }

    private static String importSummary(String name, String csv) throws Exception {
        return importSummary(name, csv, "done");
    }

    /** Puts a file into the import directory as bin/import.sh does (renamed into place) and waits for its summary. */
    private static String importSummary(String name, String csv, String outcome) throws Exception {
        Path summary = DIRECTORY.resolve(outcome).resolve(name + ".summary.txt");
        Files.deleteIfExists(summary);
        Path part = DIRECTORY.resolve(name + ".part");
        Files.writeString(part, csv, StandardCharsets.UTF_8);
        Files.move(part, DIRECTORY.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        for (int i = 0; i < 1200 && !Files.exists(summary); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(summary), "no summary of " + name + " within 2 minutes");
        return Files.readString(summary);
    }

    private static String report(String name) throws IOException {
        return Files.readString(DIRECTORY.resolve("done").resolve(name + ".report.csv"));
    }
}
