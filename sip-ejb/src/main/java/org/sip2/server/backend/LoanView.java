package org.sip2.server.backend;

import java.time.LocalDateTime;

/** An item a patron has out. */
public record LoanView(String itemBarcode, String title, LocalDateTime dueAt, boolean overdue, int renewals) {}
