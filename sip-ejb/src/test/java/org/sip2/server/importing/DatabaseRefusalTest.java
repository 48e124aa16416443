package org.sip2.server.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A refused row gets the same reason on H2 and on PostgreSQL: their drivers' messages as they come. */
class DatabaseRefusalTest {

    private static RuntimeException refused(String message, String sqlState) {
        return new RuntimeException(
                "Transaction aborted",
                new PersistenceException("could not execute statement", new SQLException(message, sqlState)));
    }

    @Test
    void aValueTooLongReadsTheSameOnBothDatabases() {
        assertEquals(
                "a value is longer than its column allows (value too long for type character varying(64))",
                DatabaseRefusal.reason(refused("ERROR: value too long for type character varying(64)", "22001")));
        assertEquals(
                "a value is longer than its column allows (Value too long for column \"BARCODE\")",
                DatabaseRefusal.reason(refused(
                        "Value too long for column \"BARCODE\"; SQL statement:\n"
                                + "insert into item (barcode) values (?) [22001-232]",
                        "22001")));
    }

    @Test
    void constraintsGetTheirReason() {
        assertEquals(
                "another record has the same key (duplicate key value violates unique constraint \"x\")",
                DatabaseRefusal.reason(refused(
                        "ERROR: duplicate key value violates unique constraint \"x\"\n"
                                + "  Detail: Key (barcode)=(1) already exists.",
                        "23505")));
        assertEquals("it refers to a record that does not exist (fk)", DatabaseRefusal.reason(refused("fk", "23503")));
        assertEquals("a required value is missing (nn)", DatabaseRefusal.reason(refused("nn", "23502")));
    }

    @Test
    void aLockHeldPastTheLockTimeoutReadsTheSameOnBothDatabases() {
        assertEquals(
                "the record is locked by another change: import it again (canceling statement due to lock timeout)",
                DatabaseRefusal.reason(refused("ERROR: canceling statement due to lock timeout", "55P03")));
        assertEquals(
                "the record is locked by another change: import it again (Timeout trying to lock table \"ITEM\")",
                DatabaseRefusal.reason(refused("Timeout trying to lock table \"ITEM\"; SQL statement:\nx", "HYT00")));
    }

    @Test
    void anyOtherFailureKeepsTheFirstLineOfItsCause() {
        assertEquals("deadlock detected", DatabaseRefusal.reason(refused("ERROR: deadlock detected", "40P01")));
        assertEquals(
                "no such institution",
                DatabaseRefusal.reason(
                        new RuntimeException("wrapped", new IllegalArgumentException("no such institution\nmore"))));
    }
}
