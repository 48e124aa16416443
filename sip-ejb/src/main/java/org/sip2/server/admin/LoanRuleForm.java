package org.sip2.server.admin;

import java.math.BigDecimal;

/** A loan rule as the console edits it; {@code id} null for a new one. */
public record LoanRuleForm(
        Long id,
        String institutionId,
        String patronCategory,
        String itemType,
        int loanDays,
        int renewalLimit,
        int maxItems,
        BigDecimal finePerDay,
        BigDecimal fineCap,
        int holdShelfDays,
        BigDecimal rentalFee) {}
