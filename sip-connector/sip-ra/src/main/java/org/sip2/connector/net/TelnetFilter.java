package org.sip2.connector.net;

import java.nio.ByteBuffer;

/**
 * Drops telnet commands (RFC 854: IAC sequences, option negotiation and subnegotiation) from what a telnet client
 * sends, so that only the typed characters reach the framer; IAC IAC stands for a data byte 255. Keeps its state
 * across reads: a sequence may be split between two.
 */
final class TelnetFilter {

    private static final int IAC = 255;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int WILL = 251;
    private static final int DONT = 254;

    private enum State {
        DATA,
        COMMAND,
        OPTION,
        SUBNEGOTIATION,
        SUBNEGOTIATION_COMMAND
    }

    private State state = State.DATA;

    /** Filters {@code data} in place (position to limit) and returns it with the limit moved to the last data byte. */
    ByteBuffer filter(ByteBuffer data) {
        int write = data.position();
        for (int read = data.position(); read < data.limit(); read++) {
            int b = data.get(read) & 0xff;
            switch (state) {
                case DATA -> {
                    if (b == IAC) {
                        state = State.COMMAND;
                    } else {
                        data.put(write++, (byte) b);
                    }
                }
                case COMMAND -> {
                    if (b == IAC) {
                        data.put(write++, (byte) b);
                        state = State.DATA;
                    } else if (b >= WILL && b <= DONT) {
                        state = State.OPTION;
                    } else {
                        state = b == SB ? State.SUBNEGOTIATION : State.DATA;
                    }
                }
                case OPTION -> state = State.DATA;
                case SUBNEGOTIATION -> state = b == IAC ? State.SUBNEGOTIATION_COMMAND : State.SUBNEGOTIATION;
                case SUBNEGOTIATION_COMMAND -> state = b == SE ? State.DATA : State.SUBNEGOTIATION;
            }
        }
        data.limit(write);
        return data;
    }
}
