package org.sip2.server.backend;

import java.util.List;

/** The outcome of a renew all (65): ok when the patron could be served, with the items renewed and not. */
public record RenewAllResult(boolean ok, List<String> renewed, List<String> unrenewed, List<String> messages) {}
