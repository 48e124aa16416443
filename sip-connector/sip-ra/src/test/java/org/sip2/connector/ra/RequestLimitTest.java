package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At most so many requests at once on a larger pool, none lost, in arrival order once they wait. */
class RequestLimitTest {

    /** A pool whose threads end quietly on the Error one test throws on purpose. */
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task);
        thread.setUncaughtExceptionHandler((t, e) -> {});
        return thread;
    });

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void neverMoreThanTheLimitRunAtOnceAndEveryRequestRuns() throws InterruptedException {
        RequestLimit limit = new RequestLimit(pool, 4);
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int requests = 20_000;
        CountDownLatch done = new CountDownLatch(requests);
        Runnable request = () -> {
            most.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            inProgress.decrementAndGet();
            done.countDown();
        };
        // Eight threads submit at once, as eight selector loops would.
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            submitters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < requests / 8; i++) {
                    limit.execute(request);
                }
            }));
        }
        for (Thread submitter : submitters) {
            submitter.join();
        }
        assertTrue(done.await(30, TimeUnit.SECONDS), "requests left waiting: " + done.getCount());
        assertTrue(most.get() <= 4, "at most 4 at once, saw " + most.get());
    }

    @Test
    void asManyAsTheLimitRunAtOnceAndTheNextStartsWhenOneEnds() throws InterruptedException {
        RequestLimit limit = new RequestLimit(pool, 2);
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch thirdStarted = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            limit.execute(() -> {
                twoStarted.countDown();
                awaitQuietly(release);
            });
        }
        limit.execute(thirdStarted::countDown);
        assertTrue(twoStarted.await(10, TimeUnit.SECONDS), "both run at once");
        assertEquals(1, thirdStarted.getCount(), "the third waits while two run");
        release.countDown();
        assertTrue(thirdStarted.await(10, TimeUnit.SECONDS));
    }

    @Test
    void requestsBeyondTheLimitWaitAndRunInArrivalOrder() throws InterruptedException {
        RequestLimit limit = new RequestLimit(pool, 1);
        HeldRequest first = new HeldRequest();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allDone = new CountDownLatch(4);
        limit.execute(first.then(() -> {
            order.add(0);
            allDone.countDown();
        }));
        first.awaitStart();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            limit.execute(() -> {
                order.add(n);
                allDone.countDown();
            });
        }
        assertEquals(List.of(), order, "nothing else runs while the one allowed request runs");
        first.release.countDown();
        assertTrue(allDone.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(0, 1, 2, 3), order);
    }

    @Test
    void aRequestThatFailsDoesNotStopTheOthers() throws InterruptedException {
        RequestLimit limit = new RequestLimit(pool, 1);
        CountDownLatch ran = new CountDownLatch(2);
        limit.execute(() -> {
            ran.countDown();
            throw new IllegalStateException("a request's own failure");
        });
        limit.execute(ran::countDown);
        assertTrue(ran.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aRequestEndedByAnErrorHandsTheWaitingOnesToANewRunner() throws InterruptedException {
        RequestLimit limit = new RequestLimit(pool, 1);
        HeldRequest first = new HeldRequest();
        CountDownLatch secondRan = new CountDownLatch(1);
        limit.execute(first.then(() -> {
            throw new AssertionError("an Error, which ends the runner's thread");
        }));
        first.awaitStart();
        limit.execute(secondRan::countDown);
        first.release.countDown();
        assertTrue(secondRan.await(10, TimeUnit.SECONDS), "the waiting request is not stranded");
    }

    @Test
    void aPoolThatRefusesLeavesNoRequestBehindAndFreesItsPlace() {
        AtomicInteger offered = new AtomicInteger();
        RequestLimit limit = new RequestLimit(
                task -> {
                    if (offered.incrementAndGet() == 1) {
                        throw new RejectedExecutionException("no thread");
                    }
                    task.run();
                },
                1);
        AtomicInteger ran = new AtomicInteger();
        assertThrows(RejectedExecutionException.class, () -> limit.execute(ran::incrementAndGet));
        limit.execute(ran::incrementAndGet);
        assertEquals(1, ran.get(), "the refused request is not run later; the next one gets the freed place");
    }

    /** A request that keeps its place until the test releases it, then does what it was given. */
    private static final class HeldRequest {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Runnable then(Runnable rest) {
            return () -> {
                started.countDown();
                awaitQuietly(release);
                rest.run();
            };
        }

        void awaitStart() throws InterruptedException {
            assertTrue(started.await(10, TimeUnit.SECONDS));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
