package org.sip2.server.sip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sip2.server.backend.ItemView;

/**
 * Koha's sort-bin mapping: rules {@code branch:field:operator:value:bin}, one per line; the first
 * rule that matches a returned item at that branch names its sort bin (CL). Fields: {@code itype},
 * {@code ccode}, {@code itemcallnumber}, {@code homebranch}, {@code location}; operators
 * {@code eq ne lt gt le ge} (text order, case-insensitive). A malformed rule never matches.
 */
final class SortBins {

    private SortBins() {}

    static Optional<String> bin(List<String> rules, String branch, ItemView item) {
        return rules.stream()
                .map(rule -> rule.split(":", 5))
                .filter(parts -> parts.length == 5)
                .filter(parts -> parts[0].trim().equalsIgnoreCase(branch == null ? "" : branch))
                .filter(parts -> matches(field(parts[1].trim()), parts[2].trim(), parts[3].trim(), item))
                .map(parts -> parts[4].trim())
                .findFirst();
    }

    private static Function<ItemView, String> field(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "itype" -> ItemView::itemType;
            case "ccode" -> ItemView::collectionCode;
            case "itemcallnumber" -> ItemView::callNumber;
            case "homebranch" -> ItemView::permanentLocation;
            case "location" -> ItemView::currentLocation;
            default -> null;
        };
    }

    private static boolean matches(Function<ItemView, String> field, String operator, String value, ItemView item) {
        if (field == null || item == null) {
            return false;
        }
        String actual = field.apply(item);
        if (actual == null) {
            return false;
        }
        int order = actual.compareToIgnoreCase(value);
        return switch (operator.toLowerCase(Locale.ROOT)) {
            case "eq" -> order == 0;
            case "ne" -> order != 0;
            case "lt" -> order < 0;
            case "gt" -> order > 0;
            case "le" -> order <= 0;
            case "ge" -> order >= 0;
            default -> false;
        };
    }
}
