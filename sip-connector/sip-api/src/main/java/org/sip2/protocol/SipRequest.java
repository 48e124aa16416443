package org.sip2.protocol;

/**
 * A message from the SC (self-check) to the ACS (our server). Sealed: the permitted records are the
 * requests of {@link MessageTable}, in the catalogue's order, and a switch over a request that names
 * them all needs no default, so that a new request fails to compile until its failure form
 * ({@link Refusals}) and its route in the application are written.
 */
public sealed interface SipRequest extends SipMessage
        permits LoginRequest,
                ScStatusRequest,
                RequestAcsResend,
                PatronStatusRequest,
                PatronInformationRequest,
                CheckoutRequest,
                CheckinRequest,
                BlockPatronRequest,
                EndPatronSessionRequest,
                FeePaidRequest,
                ItemInformationRequest,
                ItemStatusUpdateRequest,
                PatronEnableRequest,
                HoldRequest,
                RenewRequest,
                RenewAllRequest {}
