package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SIP log never makes a worker wait for the disk, and loses nothing it queued when closed. */
class SipLogTest {

    @TempDir
    Path dir;

    private final ConnectionState state = new ConnectionState(7, "127.0.0.1", StandardCharsets.US_ASCII, false);

    @Test
    void aStalledDiskDropsAndCountsLinesInsteadOfBlockingTheWorker() throws Exception {
        StalledWriter disk = new StalledWriter();
        SipLog log = new SipLog("stalled.log", disk, null);
        log.event(state, "line 0");
        disk.writing.await();
        int extra = 100;
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> {
                    for (int i = 1; i <= SipLog.QUEUE_CAPACITY + extra; i++) {
                        log.event(state, "line " + i);
                    }
                },
                "the worker went on while the disk stood still");
        disk.resume.countDown();
        log.close();
        String text = disk.written.toString();
        List<String> lines = text.lines().toList();
        assertEquals(SipLog.QUEUE_CAPACITY + 2, lines.size(), "line 0, the queue, and the count of dropped lines");
        assertTrue(lines.get(SipLog.QUEUE_CAPACITY).endsWith("-- line " + SipLog.QUEUE_CAPACITY), "in order");
        assertTrue(lines.getLast().endsWith("-- " + extra + " lines dropped: the SIP log's queue was full"));
        assertTrue(disk.closed);
    }

    @Test
    void closeWritesEveryQueuedLineAndTheLastUserClosesTheFile() throws Exception {
        Path file = dir.resolve("logs/sip.log");
        SipLog first = SipLog.open(file);
        SipLog second = SipLog.open(file);
        assertTrue(first == second, "listeners naming one file share its log");
        for (int i = 0; i < 1000; i++) {
            first.exchange(state, "23", "24", 1500, "23...AC***|", "24...");
        }
        first.close();
        second.event(state, "still open for the second listener");
        second.close();
        List<String> lines = Files.readAllLines(file);
        assertEquals(1001, lines.size());
        assertTrue(
                lines.getFirst().endsWith(" - 127.0.0.1 #7 23>24 1.5ms \"23...AC***|\" \"24...\""), lines.getFirst());
        second.event(state, "after the close: ignored");
        assertEquals(1001, Files.readAllLines(file).size());
        SipLog again = SipLog.open(file);
        assertTrue(again != first, "a new listener gets a new log");
        again.close();
    }

    /** A disk that stands still after its first line until told to resume. */
    private static final class StalledWriter extends FilterWriter {
        final StringWriter written;
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch resume = new CountDownLatch(1);
        boolean closed;

        StalledWriter() {
            this(new StringWriter());
        }

        private StalledWriter(StringWriter written) {
            super(written);
            this.written = written;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            writing.countDown();
            try {
                resume.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            super.write(text, offset, length);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
