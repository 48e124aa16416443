package org.sip2.server.importing;

import jakarta.ejb.ApplicationException;

/** A row that cannot be imported, and why; thrown before the row changed anything, so the chunk goes on. */
@ApplicationException(rollback = false)
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RowRejected(String message) {
        super(message, null, false, false);
    }
}
