package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What an institution lets its terminals do, as Koha's institution policy; reported in the 98. */
@Embeddable
public class CirculationPolicy {

    @Column(name = "checkin_allowed", nullable = false)
    private boolean checkinAllowed = true;

    @Column(name = "checkout_allowed", nullable = false)
    private boolean checkoutAllowed = true;

    @Column(name = "renewal_allowed", nullable = false)
    private boolean renewalAllowed = true;

    @Column(name = "status_update_allowed", nullable = false)
    private boolean statusUpdateAllowed;

    @Column(name = "offline_allowed", nullable = false)
    private boolean offlineAllowed;

    /** How long a terminal waits for an answer, in tenths of a second. */
    @Column(name = "timeout_tenths", nullable = false)
    private int timeoutTenths = 100;

    @Column(nullable = false)
    private int retries = 3;

    public boolean isCheckinAllowed() {
        return checkinAllowed;
    }

    public boolean isCheckoutAllowed() {
        return checkoutAllowed;
    }

    public boolean isRenewalAllowed() {
        return renewalAllowed;
    }

    public boolean isStatusUpdateAllowed() {
        return statusUpdateAllowed;
    }

    public boolean isOfflineAllowed() {
        return offlineAllowed;
    }

    public int getTimeoutTenths() {
        return timeoutTenths;
    }

    public int getRetries() {
        return retries;
    }

    public void allow(boolean checkin, boolean checkout, boolean renewal, boolean statusUpdate, boolean offline) {
        this.checkinAllowed = checkin;
        this.checkoutAllowed = checkout;
        this.renewalAllowed = renewal;
        this.statusUpdateAllowed = statusUpdate;
        this.offlineAllowed = offline;
    }

    public void setTiming(int timeoutTenths, int retries) {
        this.timeoutTenths = timeoutTenths;
        this.retries = retries;
    }
}
