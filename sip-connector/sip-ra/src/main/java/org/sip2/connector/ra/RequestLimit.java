package org.sip2.connector.ra;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs request processing on the adapter's thread pool, at most {@code limit} requests at a time
 * ({@code sip.requests.at.once}); the others wait in arrival order. On two cores, 64 requests at once mostly
 * wait for the database's store lock and for each other, and each costs more CPU than when a few run at once
 * (docs/performance.md, "Ninth round"). The pool itself stays larger: each listener's selector loop holds one of
 * its threads for as long as it listens.
 */
final class RequestLimit implements Executor {

    private static final Logger LOG = Logger.getLogger(RequestLimit.class.getName());

    private final Executor pool;
    private final int limit;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    /** Runners on the pool's threads: each runs waiting requests one after the other until none waits. */
    private final AtomicInteger runners = new AtomicInteger();

    RequestLimit(Executor pool, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one request at once, not " + limit);
        }
        this.pool = pool;
        this.limit = limit;
    }

    @Override
    public void execute(Runnable request) {
        waiting.add(request);
        if (!takeRoom()) {
            return; // a runner takes it on when it has finished what it runs
        }
        try {
            pool.execute(this::runWaiting);
        } catch (RejectedExecutionException e) {
            boolean stillWaiting = waiting.remove(request);
            release();
            if (stillWaiting) {
                throw e;
            }
        }
    }

    /** Counts one more runner, unless the limit is reached. */
    private boolean takeRoom() {
        for (int current = runners.get(); current < limit; current = runners.get()) {
            if (runners.compareAndSet(current, current + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a runner's place back when it did not end by finding the queue empty: a request that found no room while
     * the place was taken gets a runner of its own.
     */
    private void release() {
        runners.decrementAndGet();
        if (!waiting.isEmpty() && takeRoom()) {
            try {
                pool.execute(this::runWaiting);
            } catch (RejectedExecutionException e) {
                runners.decrementAndGet();
                LOG.warning("No thread for the SIP2 requests waiting their turn, they wait for the next request: "
                        + e.getMessage());
            }
        }
    }

    private void runWaiting() {
        boolean counted = true;
        try {
            do {
                for (Runnable request = waiting.poll(); request != null; request = waiting.poll()) {
                    Thread.interrupted(); // an interrupt one request left set is not the next one's
                    try {
                        request.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "SIP2 request processing failed", e);
                    }
                }
                runners.decrementAndGet();
                counted = false;
                // A request added after the last poll may have found no room: this runner takes it on.
            } while (!waiting.isEmpty() && (counted = takeRoom()));
        } finally {
            if (counted) {
                release(); // an Error ended this runner
            }
        }
    }
}
