package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 93 Login (docs/protocol.md §6.1). */
@Message(value = "93", name = "Login")
public record LoginRequest(
        @Fixed(1) String uidAlgorithm,
        @Fixed(1) String pwdAlgorithm,
        @Var(value = CN, required = true) String loginUserId,
        @Var(value = CO, required = true) String loginPassword,
        @Var(CP) String locationCode)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
