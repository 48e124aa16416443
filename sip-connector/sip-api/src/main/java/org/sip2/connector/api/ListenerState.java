package org.sip2.connector.api;

/**
 * What became of one configured listener.
 *
 * @param name        the definition's name
 * @param address     where it listens ({@code 0.0.0.0:6001}), or where it tried to
 * @param bound       whether it accepts connections
 * @param error       why it is not bound (port in use, bad address, no keystore), or {@code null}
 * @param connections connections open now
 */
public record ListenerState(String name, String address, boolean bound, String error, int connections) {}
