package org.sip2.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The identified fields of SIP2 2.00 and the 3M extensions we emit (the specification's field identifier list and the
 * 3M extension fields).
 */
public enum FieldId {
    AA("patron identifier"),
    AB("item identifier"),
    AC("terminal password", true),
    AD("patron password", true),
    AE("personal name"),
    AF("screen message"),
    AG("print line"),
    AH("due date"),
    AJ("title identifier"),
    AL("blocked card message"),
    AM("library name"),
    AN("terminal location"),
    AO("institution id"),
    AP("current location"),
    AQ("permanent location"),
    AS("hold items"),
    AT("overdue items"),
    AU("charged items"),
    AV("fine items"),
    BD("home address"),
    BE("e-mail address"),
    BF("home phone number"),
    BG("owner"),
    BH("currency type"),
    BI("cancel"),
    BK("transaction id"),
    BL("valid patron"),
    BM("renewed items"),
    BN("unrenewed items"),
    BO("fee acknowledged"),
    BP("start item"),
    BQ("end item"),
    BR("queue position"),
    BS("pickup location"),
    BT("fee type"),
    BU("recall items"),
    BV("fee amount"),
    BW("expiration date"),
    BX("supported messages"),
    BY("hold type"),
    BZ("hold items limit"),
    CA("overdue items limit"),
    CB("charged items limit"),
    CC("fee limit"),
    CD("unavailable hold items"),
    CF("hold queue length"),
    CG("fee identifier"),
    CH("item properties"),
    CI("security inhibit"),
    CJ("recall date"),
    CK("media type"),
    CL("sort bin"),
    CM("hold pickup date"),
    CN("login user id"),
    CO("login password", true),
    CP("location code"),
    CQ("valid patron password"),
    CR("collection code"),
    CS("call number"),
    CT("destination location"),
    CV("alert type"),
    CY("hold patron id"),
    DA("hold patron name");

    private static final Map<String, FieldId> BY_CODE = new HashMap<>();

    static {
        for (FieldId id : values()) {
            BY_CODE.put(id.name(), id);
        }
    }

    private final String description;
    private final boolean secret;

    FieldId(String description) {
        this(description, false);
    }

    FieldId(String description, boolean secret) {
        this.description = description;
        this.secret = secret;
    }

    public String description() {
        return description;
    }

    /** Passwords and PINs: never logged or shown (CO, AC, AD). */
    public boolean secret() {
        return secret;
    }

    /** The field for a two-character id, or {@code null} if SIP2 does not define it. */
    public static FieldId of(String code) {
        return BY_CODE.get(code);
    }
}
