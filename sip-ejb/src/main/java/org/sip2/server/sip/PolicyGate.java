package org.sip2.server.sip;

import org.sip2.protocol.BlockPatronRequest;
import org.sip2.protocol.CheckinRequest;
import org.sip2.protocol.CheckoutRequest;
import org.sip2.protocol.ItemStatusUpdateRequest;
import org.sip2.protocol.PatronEnableRequest;
import org.sip2.protocol.RenewAllRequest;
import org.sip2.protocol.RenewRequest;
import org.sip2.protocol.SipRequest;
import org.sip2.server.domain.CirculationPolicy;
import org.sip2.server.screen.ScreenMessage;

/** The institution's policy, enforced as well as reported in the 98 (docs/protocol.md §6.2, §9.9). */
final class PolicyGate {

    private static final CirculationPolicy NOTHING_ALLOWED = new CirculationPolicy();

    static {
        NOTHING_ALLOWED.allow(false, false, false, false, false);
    }

    private PolicyGate() {}

    /** Whether a policy can forbid this kind of request at all. */
    static boolean governs(SipRequest request) {
        return refusal(request, NOTHING_ALLOWED) != null;
    }

    /** Why the policy forbids this request, or {@code null} when it allows it. */
    static String refusal(SipRequest request, CirculationPolicy policy) {
        return switch (request) {
            case CheckoutRequest r ->
                !policy.isCheckoutAllowed() ? ScreenMessage.CHECKOUT_NOT_ALLOWED.text() : offline(r.noBlock(), policy);
            case CheckinRequest r ->
                !policy.isCheckinAllowed() ? ScreenMessage.CHECKIN_NOT_ALLOWED.text() : offline(r.noBlock(), policy);
            case RenewRequest r ->
                !policy.isRenewalAllowed() ? ScreenMessage.RENEWAL_NOT_ALLOWED.text() : offline(r.noBlock(), policy);
            case RenewAllRequest r -> !policy.isRenewalAllowed() ? ScreenMessage.RENEWAL_NOT_ALLOWED.text() : null;
            case BlockPatronRequest r -> statusUpdate(policy);
            case PatronEnableRequest r -> statusUpdate(policy);
            case ItemStatusUpdateRequest r -> statusUpdate(policy);
            default -> null;
        };
    }

    private static String offline(boolean noBlock, CirculationPolicy policy) {
        return noBlock && !policy.isOfflineAllowed() ? ScreenMessage.OFFLINE_NOT_ACCEPTED.text() : null;
    }

    private static String statusUpdate(CirculationPolicy policy) {
        return policy.isStatusUpdateAllowed() ? null : ScreenMessage.STATUS_UPDATE_NOT_ALLOWED.text();
    }
}
