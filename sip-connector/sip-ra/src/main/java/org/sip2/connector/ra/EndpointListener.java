package org.sip2.connector.ra;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;

/**
 * Delivers a request through a message endpoint created for it and released after it. When the
 * MDB pool is exhausted the container refuses the endpoint; we then retry with a growing pause
 * for a bounded time rather than fail the request.
 */
final class EndpointListener implements SipListener {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);

    private final MessageEndpointFactory factory;
    private final Duration giveUpAfter;

    EndpointListener(MessageEndpointFactory factory) {
        this(factory, GIVE_UP_AFTER);
    }

    EndpointListener(MessageEndpointFactory factory, Duration giveUpAfter) {
        this.factory = factory;
        this.giveUpAfter = giveUpAfter;
    }

    @Override
    public SipReply onRequest(SipExchange exchange) {
        MessageEndpoint endpoint = createEndpoint();
        try {
            return ((SipListener) endpoint).onRequest(exchange);
        } finally {
            endpoint.release();
        }
    }

    private MessageEndpoint createEndpoint() {
        long deadline = System.currentTimeMillis() + giveUpAfter.toMillis();
        long pause = 1;
        while (true) {
            try {
                return factory.createEndpoint(null);
            } catch (UnavailableException e) {
                if (System.currentTimeMillis() + pause > deadline) {
                    throw new IllegalStateException("No message endpoint available: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for a message endpoint", interrupted);
                }
                pause = Math.min(pause * 2, 100);
            }
        }
    }
}
