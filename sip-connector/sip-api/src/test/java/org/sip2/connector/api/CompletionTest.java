package org.sip2.connector.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionTest {

    private final Completion completion = new Completion();

    @Test
    void aReplyThatWaitsForNoCommitHolds() {
        assertFalse(completion.failed());
    }

    @Test
    void aReplyThatWaitsForACommitHoldsOnlyOnceItCame() {
        completion.awaitCommit();
        assertTrue(completion.failed(), "no word of the commit yet: not done");
        completion.ended(true);
        assertFalse(completion.failed());
    }

    @Test
    void aCommitThatFailedVoidsTheReply() {
        completion.awaitCommit();
        completion.ended(false);
        assertTrue(completion.failed());
    }
}
