package org.sip2.cli;

import java.time.LocalDateTime;
import org.sip2.protocol.BlockPatronRequest;
import org.sip2.protocol.CheckinRequest;
import org.sip2.protocol.CheckoutRequest;
import org.sip2.protocol.Coded;
import org.sip2.protocol.EndPatronSessionRequest;
import org.sip2.protocol.FeePaidRequest;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.HoldMode;
import org.sip2.protocol.HoldRequest;
import org.sip2.protocol.HoldType;
import org.sip2.protocol.ItemInformationRequest;
import org.sip2.protocol.ItemStatusUpdateRequest;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.PatronEnableRequest;
import org.sip2.protocol.PatronInformationRequest;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.RenewAllRequest;
import org.sip2.protocol.RenewRequest;
import org.sip2.protocol.ScStatusCode;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SipRequest;
import org.sip2.protocol.Summary;

/** Builds each emulator message from the options, as a terminal would fill it in. */
final class Requests {

    private static final String LANGUAGE = "001";

    private Requests() {}

    static SipRequest build(MessageName name, EmulatorOptions o, SipDate now) {
        String ao = o.institutionId();
        String ac = o.sipPass;
        return switch (name) {
            case login -> new LoginRequest("0", "0", o.sipUser, o.sipPass, o.location);
            case sc_status -> new ScStatusRequest(ScStatusCode.OK, 80, "2.00");
            case patron_status -> new PatronStatusRequest(LANGUAGE, now, ao, o.patron, ac, o.patronPassword);
            case patron_information ->
                new PatronInformationRequest(
                        LANGUAGE, now, summary(o.summary), ao, o.patron, ac, o.patronPassword, o.startItem, o.endItem);
            case item_information -> new ItemInformationRequest(now, ao, o.item, ac);
            case checkout ->
                new CheckoutRequest(
                        o.renewalPolicy == 'Y',
                        o.noBlock.yes(),
                        now,
                        SipDate.BLANK,
                        ao,
                        o.patron,
                        o.item,
                        ac,
                        null,
                        o.patronPassword,
                        o.feeAcknowledged.yes(),
                        false);
            case checkin -> new CheckinRequest(o.noBlock.yes(), now, now, o.location, ao, o.item, ac, null, false);
            case renew ->
                new RenewRequest(
                        false,
                        o.noBlock.yes(),
                        now,
                        SipDate.BLANK,
                        ao,
                        o.patron,
                        o.patronPassword,
                        o.item,
                        o.title,
                        ac,
                        null,
                        o.feeAcknowledged.yes());
            case renew_all -> new RenewAllRequest(now, ao, o.patron, o.patronPassword, ac, o.feeAcknowledged.yes());
            case hold ->
                new HoldRequest(
                        Coded.fromCode(HoldMode.class, String.valueOf(o.holdMode)),
                        now,
                        expiration(o.expirationDate),
                        o.pickupLocation,
                        Coded.fromCode(HoldType.class, o.holdType),
                        ao,
                        o.patron,
                        o.patronPassword,
                        o.item,
                        o.title,
                        ac,
                        o.feeAcknowledged.yes());
            case fee_paid ->
                new FeePaidRequest(
                        now,
                        Coded.fromCode(FeeType.class, o.feeType),
                        o.paymentType,
                        o.currency,
                        o.feeAmount,
                        ao,
                        o.patron,
                        ac,
                        o.patronPassword,
                        o.feeIdentifier,
                        o.transactionId);
            case block_patron -> new BlockPatronRequest(o.cardRetained, now, ao, o.blockedCardMessage, o.patron, ac);
            case patron_enable -> new PatronEnableRequest(now, ao, o.patron, ac, o.patronPassword);
            case item_status_update -> new ItemStatusUpdateRequest(now, ao, o.item, ac, o.itemProperties);
            case end_session -> new EndPatronSessionRequest(now, ao, o.patron, ac, o.patronPassword);
        };
    }

    /** A position 0-5 asks for that list; anything else is taken as the 10 characters. */
    static Summary summary(String text) {
        if (text == null || text.isBlank()) {
            return Summary.NONE;
        }
        if (text.trim().matches("[0-5]")) {
            return Summary.of(Summary.Category.values()[Integer.parseInt(text.trim())]);
        }
        return Summary.parse(text);
    }

    private static SipDate expiration(String date) {
        return date == null ? null : new SipDate(date + "    235959");
    }

    static SipDate now() {
        return SipDate.local(LocalDateTime.now());
    }
}
