package org.sip2.server.admin;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An institution and its policy as the console edits them; {@code create} for a new one.
 *
 * @param sharesWith institutions whose terminals may serve this one's patrons and items
 * @param policyMode ENFORCE (the flags refuse what they forbid) or ADVERTISE (only reported, as Koha)
 */
public record InstitutionForm(
        boolean create,
        String id,
        String name,
        boolean checkin,
        boolean checkout,
        boolean renewal,
        boolean statusUpdate,
        boolean offline,
        int timeoutTenths,
        int retries,
        String currency,
        BigDecimal feeLimit,
        int maxItemsCharged,
        int maxItemsOverdue,
        int maxHolds,
        String backend,
        Set<String> sharesWith,
        String policyMode) {}
