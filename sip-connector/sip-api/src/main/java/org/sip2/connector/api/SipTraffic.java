package org.sip2.connector.api;

import org.sip2.protocol.SipResponse;

/**
 * What the connector tells monitoring about every exchange it answers: the listener, the request's
 * type, how it ended and how long it took, socket to reply. At most one observer, set by the
 * application while it is deployed (Payara loads this jar once for all applications, like
 * {@link SipConnections}). The observer runs on the request's worker thread, so it must be cheap and
 * lock-free.
 */
public final class SipTraffic {

    /** How the connector ended an exchange. */
    public enum Ending {
        /** The application answered (its response may be a refusal). */
        ANSWERED,
        /** The connector answered 96: bad checksum, unparsable or unknown message. */
        RESEND_REQUESTED,
        /** The application failed; the terminal got the failure form of the response. */
        FAILED,
        /** A 97 answered with the last response again. */
        REPEATED
    }

    /** Receives every exchange. */
    public interface Observer {
        /**
         * @param requestType the first two characters of the request as received (not checked for a 96)
         * @param response    the response the terminal got, or null for a 96 or a repeat
         */
        void exchanged(String listener, String requestType, Ending ending, SipResponse response, long nanos);
    }

    private static final Observer NONE = (listener, requestType, ending, response, nanos) -> {};
    private static volatile Observer observer = NONE;

    private SipTraffic() {}

    public static void observe(Observer newObserver) {
        observer = newObserver;
    }

    /** Stops {@code old} from observing, unless another observer has replaced it already. */
    public static void stopObserving(Observer old) {
        if (observer == old) {
            observer = NONE;
        }
    }

    public static Observer observer() {
        return observer;
    }
}
