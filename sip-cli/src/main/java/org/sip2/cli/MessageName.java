package org.sip2.cli;

/** The messages the emulator can send, named as in Koha's sip_cli_emulator.pl. */
public enum MessageName {
    login, sc_status, patron_status, patron_information, item_information, checkout, checkin, renew, renew_all,
    hold, fee_paid, block_patron, patron_enable, item_status_update, end_session
}
