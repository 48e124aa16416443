package org.sip2.server.admin;

import jakarta.ejb.ApplicationException;

/** A change the console cannot make, with a message for the person who asked (the transaction is rolled back). */
@ApplicationException(rollback = true)
public class AdminException extends RuntimeException {

    public AdminException(String message) {
        super(message);
    }
}
