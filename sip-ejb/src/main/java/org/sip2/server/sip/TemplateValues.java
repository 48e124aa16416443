package org.sip2.server.sip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sip2.server.backend.FeeView;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.PatronView;

/**
 * What field templates may read, under Koha's names so that a Koha template converted to
 * Mustache reads the same values: {@code patron.*}, {@code accountline.*} (a fee) and
 * {@code item.*}. Only plain strings: a template cannot reach anything else.
 */
final class TemplateValues {

    private TemplateValues() {}

    static Map<String, Object> patron(PatronView patron) {
        Map<String, Object> values = person(patron.barcode(), patron.name());
        PatronView.Profile profile = patron.profile();
        put(values, "categorycode", profile.category());
        put(values, "branchcode", profile.homeLibrary());
        put(values, "dateofbirth", date(profile.birthDate()));
        put(values, "dateexpiry", date(profile.expiresOn()));
        put(values, "email", patron.email());
        put(values, "phone", patron.phone());
        put(values, "address", patron.address());
        return Map.of("patron", values);
    }

    /** A patron known only by barcode and name (the hold patron of a checkin). */
    static Map<String, Object> person(String barcode, String name) {
        Map<String, Object> values = new HashMap<>();
        put(values, "cardnumber", barcode);
        put(values, "name", name);
        // Names are stored whole; "Surname, Firstname" is split as Koha keeps them.
        int comma = name == null ? -1 : name.indexOf(',');
        put(values, "surname", comma < 0 ? name : name.substring(0, comma).strip());
        put(values, "firstname", comma < 0 ? null : name.substring(comma + 1).strip());
        return values;
    }

    static Map<String, Object> fee(FeeView fee) {
        Map<String, Object> values = new HashMap<>();
        put(values, "id", fee.id());
        put(values, "description", fee.description());
        put(values, "amount", money(fee.amount()));
        put(values, "amountoutstanding", money(fee.balance()));
        put(values, "debit_type_code", fee.type() == null ? null : fee.type().name());
        Map<String, Object> item = new HashMap<>();
        put(item, "barcode", fee.itemBarcode());
        return Map.of("accountline", values, "item", item);
    }

    static Map<String, Object> item(ItemView item) {
        return Map.of("item", itemProperties(item));
    }

    /** The item's properties by Koha's column names; blank ones left out. */
    static Map<String, Object> itemProperties(ItemView item) {
        Map<String, Object> values = new HashMap<>();
        put(values, "barcode", item.barcode());
        put(values, "title", item.title());
        put(values, "author", item.author());
        put(values, "itemcallnumber", item.callNumber());
        put(values, "itype", item.itemType());
        put(values, "ccode", item.collectionCode());
        put(values, "homebranch", item.permanentLocation());
        put(values, "holdingbranch", item.currentLocation());
        put(values, "permanent_location", item.permanentLocation());
        put(values, "location", item.currentLocation());
        put(values, "datelastseen", date(item.lastSeen()));
        return values;
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
