package org.sip2.protocol;

import java.util.List;

/**
 * The failure form of the response to each request (docs/protocol.md §9.1, §9.2, §9.4): ok = 0 / N, the
 * identifiers of the request echoed, and a screen message saying why. Used when a request cannot
 * be carried out at all: not logged in, not allowed, malformed, or the back end is unavailable.
 */
public final class Refusals {

    private static final String UNKNOWN_LANGUAGE = "000";

    private Refusals() {}

    public static SipResponse of(SipRequest request, String screenMessage, SipDate now) {
        List<String> af = List.of(screenMessage);
        return switch (request) {
            case LoginRequest r -> new LoginResponse(false);
            case ScStatusRequest r ->
                new AcsStatusResponse(
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        0,
                        999,
                        SipDate.NOT_SUPPORTED,
                        "2.00",
                        "",
                        null,
                        new SupportedMessages(java.util.Set.of()),
                        null,
                        af,
                        null);
            case PatronStatusRequest r ->
                PatronStatusResponse.unknownPatron(
                        language(r.language()), now, r.institutionId(), r.patronIdentifier(), null, af);
            case BlockPatronRequest r ->
                PatronStatusResponse.unknownPatron(
                        UNKNOWN_LANGUAGE, now, r.institutionId(), r.patronIdentifier(), null, af);
            case PatronInformationRequest r ->
                PatronInformationResponse.unknownPatron(
                        language(r.language()), now, r.institutionId(), r.patronIdentifier(), null, af);
            case CheckoutRequest r ->
                new CheckoutResponse(
                        false,
                        false,
                        Tristate.UNKNOWN,
                        Tristate.NO,
                        now,
                        Text.orEmpty(r.institutionId()),
                        Text.orEmpty(r.patronIdentifier()),
                        Text.orEmpty(r.itemIdentifier()),
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        af,
                        null);
            case RenewRequest r ->
                new RenewResponse(
                        false,
                        false,
                        Tristate.UNKNOWN,
                        Tristate.NO,
                        now,
                        Text.orEmpty(r.institutionId()),
                        Text.orEmpty(r.patronIdentifier()),
                        Text.orEmpty(r.itemIdentifier()),
                        Text.orEmpty(r.titleIdentifier()),
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        af,
                        null);
            case CheckinRequest r ->
                new CheckinResponse(
                        false,
                        false,
                        Tristate.UNKNOWN,
                        true,
                        now,
                        Text.orEmpty(r.institutionId()),
                        Text.orEmpty(r.itemIdentifier()),
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        af,
                        null);
            case EndPatronSessionRequest r ->
                new EndSessionResponse(
                        false, now, Text.orEmpty(r.institutionId()), Text.orEmpty(r.patronIdentifier()), af, null);
            case FeePaidRequest r ->
                new FeePaidResponse(
                        false,
                        now,
                        Text.orEmpty(r.institutionId()),
                        Text.orEmpty(r.patronIdentifier()),
                        r.transactionId(),
                        af,
                        null);
            case ItemInformationRequest r ->
                new ItemInformationResponse(
                        CirculationStatus.OTHER,
                        SecurityMarker.NONE,
                        FeeType.OTHER_UNKNOWN,
                        now,
                        null,
                        null,
                        null,
                        null,
                        Text.orEmpty(r.itemIdentifier()),
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        af,
                        null);
            case ItemStatusUpdateRequest r ->
                new ItemStatusUpdateResponse(false, now, Text.orEmpty(r.itemIdentifier()), null, null, af, null);
            case PatronEnableRequest r ->
                PatronEnableResponse.unknownPatron(
                        UNKNOWN_LANGUAGE, now, r.institutionId(), r.patronIdentifier(), null, af);
            case HoldRequest r ->
                new HoldResponse(
                        false,
                        false,
                        now,
                        null,
                        null,
                        null,
                        Text.orEmpty(r.institutionId()),
                        Text.orEmpty(r.patronIdentifier()),
                        r.itemIdentifier(),
                        r.titleIdentifier(),
                        af,
                        null);
            case RenewAllRequest r ->
                new RenewAllResponse(false, 0, 0, now, Text.orEmpty(r.institutionId()), null, null, af, null);
            case RequestAcsResend r -> new RequestScResend();
        };
    }

    /** The request's language when it is a valid three-digit code, else "unknown". */
    static String language(String language) {
        return language != null && language.matches("\\d{3}") ? language : UNKNOWN_LANGUAGE;
    }
}
