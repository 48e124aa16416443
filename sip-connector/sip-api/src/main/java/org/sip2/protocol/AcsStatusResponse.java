package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 98 ACS Status (docs/protocol.md §6.2). */
@Message(value = "98", name = "ACS Status")
public record AcsStatusResponse(
        @Fixed(1) boolean onlineStatus,
        @Fixed(1) boolean checkinOk,
        @Fixed(1) boolean checkoutOk,
        @Fixed(1) boolean acsRenewalPolicy,
        @Fixed(1) boolean statusUpdateOk,
        @Fixed(1) boolean offlineOk,
        @Fixed(3) Integer timeoutPeriod,
        @Fixed(3) Integer retriesAllowed,
        @Fixed(18) SipDate dateTimeSync,
        @Fixed(4) String protocolVersion,
        @Var(value = AO, required = true) String institutionId,
        @Var(AM) String libraryName,
        @Var(value = BX, required = true) SupportedMessages supportedMessages,
        @Var(AN) String terminalLocation,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
