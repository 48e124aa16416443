package org.sip2.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What the emulator sends: the options of Koha's sip_cli_emulator.pl, and the fields of the other messages. */
public class EmulatorOptions {

    @Option(
            names = {"-su", "--sip_user"},
            description = "Terminal account (CN)")
    String sipUser;

    @Option(
            names = {"-sp", "--sip_pass"},
            description = "Terminal password (CO; also sent as AC)")
    String sipPass;

    @Option(
            names = {"-l", "--location", "--location_code"},
            description = "Location code (CP) and institution id (AO)")
    String location;

    @Option(names = "--institution", description = "Institution id (AO) when it differs from --location")
    String institution;

    @Option(names = "--patron", description = "Patron identifier (AA)")
    String patron;

    @Option(names = "--password", description = "Patron password / PIN (AD)")
    String patronPassword;

    @Option(
            names = {"-s", "--summary"},
            description = "Patron information summary: a position 0-5 (holds, overdue, charged, fines, recalls, "
                    + "unavailable holds) or the 10 characters")
    String summary;

    @Option(names = "--start-item", description = "First list entry of a patron information (BP)")
    Integer startItem;

    @Option(names = "--end-item", description = "Last list entry of a patron information (BQ)")
    Integer endItem;

    @Option(
            names = {"-i", "--item"},
            description = "Item identifier (AB)")
    String item;

    @Option(names = "--title", description = "Title identifier (AJ), for holds and renewals")
    String title;

    @Option(
            names = {"-fa", "--fee-acknowledged"},
            arity = "0..1",
            fallbackValue = "Y",
            defaultValue = "N",
            paramLabel = "Y|N",
            description = "Fee acknowledged (BO): Y or N; bare -fa means Y (default: N)")
    YesNo feeAcknowledged;

    @Option(
            names = {"-n", "--no-block"},
            arity = "0..1",
            fallbackValue = "Y",
            defaultValue = "N",
            paramLabel = "Y|N",
            description = "Y sends checkout, checkin and renew as off-line (no block) transactions; bare -n means Y "
                    + "(default: N)")
    YesNo noBlock;

    @Option(
            names = "--renewal-policy",
            description = "SC renewal policy of a checkout: Y or N (default: ${DEFAULT-VALUE})",
            defaultValue = "Y")
    char renewalPolicy;

    @Option(
            names = "--fee-type",
            description = "Fee type of a fee paid, 2 digits (default: ${DEFAULT-VALUE})",
            defaultValue = "01")
    String feeType;

    @Option(
            names = "--payment-type",
            description = "Payment type of a fee paid, 2 digits (default: ${DEFAULT-VALUE} = cash)",
            defaultValue = "00")
    String paymentType;

    @Option(
            names = {"--currency", "--currency-type"},
            description = "Currency of a fee paid (default: ${DEFAULT-VALUE})",
            defaultValue = "USD")
    String currency;

    @Option(names = "--fee-amount", description = "Amount of a fee paid (BV)")
    BigDecimal feeAmount;

    @Option(names = "--fee-identifier", description = "The fee a payment is for (CG)")
    String feeIdentifier;

    @Option(names = "--transaction-id", description = "Transaction id of a payment (BK)")
    String transactionId;

    @Option(
            names = "--hold-mode",
            description = "Hold mode: + (place), - (cancel), * (change) (default: ${DEFAULT-VALUE})",
            defaultValue = "+")
    char holdMode;

    @Option(names = "--hold-type", description = "Hold type 1-4 (BY)")
    String holdType;

    @Option(names = "--pickup-location", description = "Hold pickup location (BS)")
    String pickupLocation;

    @Option(names = "--expiration-date", description = "Hold expiration, YYYYMMDD")
    String expirationDate;

    @Option(names = "--item-properties", description = "Item properties (CH) for an item status update")
    String itemProperties;

    @Option(
            names = "--blocked-card-message",
            description = "Why a card is blocked (AL) (default: ${DEFAULT-VALUE})",
            defaultValue = "Blocked at sip-cli")
    String blockedCardMessage;

    @Option(names = "--card-retained", description = "Block patron: the terminal kept the card")
    boolean cardRetained;

    @Option(
            names = {"-m", "--message"},
            converter = MessageName.Converter.class,
            completionCandidates = MessageName.Candidates.class,
            description = "A message to send, repeatable: ${COMPLETION-CANDIDATES}")
    List<MessageName> messages = new ArrayList<>();

    String institutionId() {
        return institution != null ? institution : location;
    }
}
