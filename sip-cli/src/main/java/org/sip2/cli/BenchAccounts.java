package org.sip2.cli;

import java.util.IllegalFormatException;

/**
 * The terminal account each benchmark terminal logs in with: one shared account, or one account per terminal
 * from a pattern ({@code bench%d}: terminal 1 is {@code bench1}). One account per terminal is what a
 * library runs (each kiosk its own account); a shared one makes every request of the run queue behind the
 * account's row lock, which measures that lock rather than the server.
 *
 * @param shared  the account of every terminal, when there is no pattern
 * @param pattern a {@link String#format} pattern with one integer conversion, or null
 */
record BenchAccounts(String shared, String pattern) {

    BenchAccounts {
        if (pattern != null) {
            try {
                if (String.format(pattern, 1).equals(String.format(pattern, 2))) {
                    throw new IllegalArgumentException(
                            "--sip-user-pattern " + pattern + " gives every terminal the same account: put %d in it");
                }
            } catch (IllegalFormatException e) {
                throw new IllegalArgumentException(
                        "--sip-user-pattern " + pattern + " is not a pattern with one %d: " + e.getMessage());
            }
        }
    }

    /** The login id of the terminal with this index (from 0). */
    String loginId(int terminal) {
        return pattern == null ? shared : String.format(pattern, terminal + 1);
    }
}
