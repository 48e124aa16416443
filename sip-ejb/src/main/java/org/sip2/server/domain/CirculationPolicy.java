package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_mode", nullable = false)
    private Mode mode = Mode.ENFORCE;

    /** Whether the flags are kept or only reported. */
    public enum Mode {
        /** A request the flags forbid is refused. */
        ENFORCE,
        /**
         * As Koha: the checkin, checkout, renewal and off-line flags are only reported in the 98;
         * the status-update flag is still kept.
         */
        ADVERTISE
    }

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

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    /** The policy requests are held to: in ADVERTISE mode all but status updates are allowed. */
    public CirculationPolicy enforced() {
        if (mode == Mode.ENFORCE) {
            return this;
        }
        CirculationPolicy enforced = new CirculationPolicy();
        enforced.allow(true, true, true, statusUpdateAllowed, true);
        return enforced;
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
