package org.sip2.connector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;
import org.sip2.protocol.LoginResponse;

/**
 * The delivery to the MDB when its pool is exhausted: the container refuses an endpoint, and the adapter
 * waits with a growing pause for a bounded time (a container's pool cannot be exhausted on purpose in a unit
 * test, so the factory here stands in for it).
 */
class EndpointListenerTest {

    /** Refuses the first {@code refusals} endpoints, then hands out ones that answer 941. */
    private static final class Pool implements MessageEndpointFactory {
        private final int refusals;
        private final AtomicInteger asked = new AtomicInteger();
        private final AtomicInteger released = new AtomicInteger();

        Pool(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource) throws UnavailableException {
            if (asked.incrementAndGet() <= refusals) {
                throw new UnavailableException("pool exhausted");
            }
            return new Bean(released);
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource resource, long timeout) throws UnavailableException {
            return createEndpoint(resource);
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return false;
        }

        @Override
        public String getActivationName() {
            return "test";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Bean.class;
        }
    }

    private record Bean(AtomicInteger released) implements MessageEndpoint, SipListener {
        @Override
        public SipReply onRequest(SipExchange exchange) {
            return SipReply.of(new LoginResponse(true));
        }

        @Override
        public void beforeDelivery(Method method) {}

        @Override
        public void afterDelivery() {}

        @Override
        public void release() {
            released.incrementAndGet();
        }
    }

    @Test
    void aRefusedEndpointIsAskedForAgainAndReleasedAfterTheRequest() {
        Pool pool = new Pool(5);
        SipReply reply = new EndpointListener(pool, Duration.ofSeconds(5)).onRequest(null);
        assertEquals(new LoginResponse(true), reply.response());
        assertEquals(6, pool.asked.get());
        assertEquals(1, pool.released.get());
    }

    @Test
    void aPoolThatStaysExhaustedFailsTheRequestAfterTheBoundedWait() {
        Pool pool = new Pool(Integer.MAX_VALUE);
        long start = System.nanoTime();
        IllegalStateException failed = assertThrows(
                IllegalStateException.class, () -> new EndpointListener(pool, Duration.ofMillis(300)).onRequest(null));
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(failed.getMessage().startsWith("No message endpoint available"), failed.getMessage());
        assertTrue(waited >= 150 && waited < 2_000, "waited " + waited + " ms");
        assertTrue(pool.asked.get() > 3, "asked again with growing pauses: " + pool.asked.get());
    }
}
