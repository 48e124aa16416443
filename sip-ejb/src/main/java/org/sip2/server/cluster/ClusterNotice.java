package org.sip2.server.cluster;

import java.util.Optional;

/**
 * A change every instance must apply, delivered as a CDI event on each instance (the sending one
 * too). Travels between instances as a line of text, so no class of ours has to be loadable in
 * Hazelcast's threads.
 */
public sealed interface ClusterNotice {

    /** A remembered verified password or PIN of this subject must be checked again. */
    record ForgetSecret(String subject) implements ClusterNotice {}

    /** Every connection logged in with this terminal account is to be closed. */
    record DisconnectTerminal(String loginId) implements ClusterNotice {}

    /** The connection with this id on this instance is to be closed. */
    record DisconnectSession(String instance, long sessionId) implements ClusterNotice {}

    /** A terminal account logged in on the sending instance: the others forget its latest request. */
    record TerminalLoggedIn(String loginId) implements ClusterNotice {}

    /**
     * An institution, its policy, its sharing or its loan rules changed (committed): the cached
     * institutions and rules are read again.
     */
    record InstitutionsChanged() implements ClusterNotice {}

    /** The listeners' table changed: every instance reads it again and binds the listeners meant for it. */
    record ListenersChanged() implements ClusterNotice {}

    /** The notice as one line: its kind, then its fields, separated by tabs. */
    default String encode() {
        return switch (this) {
            case ForgetSecret n -> "forget\t" + n.subject();
            case DisconnectTerminal n -> "disconnect-terminal\t" + n.loginId();
            case DisconnectSession n -> "disconnect-session\t" + n.instance() + "\t" + n.sessionId();
            case TerminalLoggedIn n -> "logged-in\t" + n.loginId();
            case InstitutionsChanged n -> "institutions-changed";
            case ListenersChanged n -> "listeners";
        };
    }

    /** The notice a line from {@link #encode()} stands for; empty for a line of an unknown kind. */
    static Optional<ClusterNotice> decode(String line) {
        String[] field = line.split("\t", -1);
        return Optional.ofNullable(
                switch (field[0]) {
                    case "forget" -> field.length == 2 ? new ForgetSecret(field[1]) : null;
                    case "disconnect-terminal" -> field.length == 2 ? new DisconnectTerminal(field[1]) : null;
                    case "disconnect-session" ->
                        field.length == 3 ? new DisconnectSession(field[1], Long.parseLong(field[2])) : null;
                    case "logged-in" -> field.length == 2 ? new TerminalLoggedIn(field[1]) : null;
                    case "institutions-changed" -> field.length == 1 ? new InstitutionsChanged() : null;
                    case "listeners" -> field.length == 1 ? new ListenersChanged() : null;
                    default -> null;
                });
    }
}
