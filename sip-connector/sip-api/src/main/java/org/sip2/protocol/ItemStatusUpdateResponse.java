package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 20 Item Status Update Response (docs/protocol.md §6.12). No AO in this message. */
@Message(value = "20", name = "Item Status Update Response")
public record ItemStatusUpdateResponse(
        @Fixed(value = 1, digit = true) boolean itemPropertiesOk,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(AJ) String titleIdentifier,
        @Var(CH) String itemProperties,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
