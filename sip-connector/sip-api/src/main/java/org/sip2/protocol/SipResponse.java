package org.sip2.protocol;

/**
 * A message from the ACS (our server) to the SC. Sealed, like {@link SipRequest}: the permitted
 * records are the responses of {@link MessageTable}, in the catalogue's order.
 */
public sealed interface SipResponse extends SipMessage
        permits LoginResponse,
                AcsStatusResponse,
                RequestScResend,
                PatronStatusResponse,
                PatronInformationResponse,
                CheckoutResponse,
                CheckinResponse,
                EndSessionResponse,
                FeePaidResponse,
                ItemInformationResponse,
                ItemStatusUpdateResponse,
                PatronEnableResponse,
                HoldResponse,
                RenewResponse,
                RenewAllResponse {}
