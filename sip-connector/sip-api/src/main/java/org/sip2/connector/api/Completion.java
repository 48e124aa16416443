package org.sip2.connector.api;

/**
 * How the application's transaction of one exchange ended, as far as its reply depends on it. The
 * connector writes the reply only if the application did not announce a commit, or the commit
 * happened: a container that fails to commit after the listener returned (the database went away
 * at that moment) may still hand the listener's reply back, and a "done" must not go out then.
 */
public final class Completion {

    private volatile boolean commitAwaited;
    private volatile boolean committed;

    /** The reply holds only if the transaction commits; {@link #ended} will tell. */
    public void awaitCommit() {
        commitAwaited = true;
    }

    /** The transaction ended: committed, or not (rolled back, or its outcome unknown). */
    public void ended(boolean committed) {
        this.committed = committed;
    }

    /** A commit was awaited and did not happen: the reply must not be written. */
    public boolean failed() {
        return commitAwaited && !committed;
    }
}
