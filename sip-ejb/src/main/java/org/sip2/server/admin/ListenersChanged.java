package org.sip2.server.admin;

/** Fired when a listener is saved or removed; the connector is told once the change has committed. */
public record ListenersChanged(String name) {}
