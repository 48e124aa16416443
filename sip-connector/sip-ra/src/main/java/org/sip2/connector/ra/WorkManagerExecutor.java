package org.sip2.connector.ra;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Runs request processing on the adapter's WorkManager, as many at once as {@link RequestLimit} lets through. */
final class WorkManagerExecutor implements Executor {

    private final WorkManager workManager;

    WorkManagerExecutor(WorkManager workManager) {
        this.workManager = workManager;
    }

    @Override
    public void execute(Runnable task) {
        try {
            workManager.scheduleWork(new Work() {
                @Override
                public void run() {
                    task.run();
                }

                @Override
                public void release() {
                    // A request in progress finishes; there is nothing to interrupt.
                }
            });
        } catch (WorkException e) {
            throw new RejectedExecutionException(e.getMessage(), e);
        }
    }
}
