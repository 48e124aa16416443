package org.sip2.server.sip;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sip2.protocol.ExtraField;
import org.sip2.server.backend.FeeView;
import org.sip2.server.backend.FieldTemplate;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.screen.ScreenMessage;

/** The fields a terminal account's templates and custom-field options make of patrons, fees and items. */
final class AccountFields {

    private AccountFields() {}

    /** AE: the account's template, else the patron's name. */
    static String patronName(PatronView patron, TerminalOptions options) {
        String template = options.text(TerminalOption.AE_FIELD_TEMPLATE);
        return template.isEmpty() ? patron.name() : FieldTemplate.render(template, TemplateValues.patron(patron));
    }

    /** DA: the account's template over the hold patron, else the name. */
    static String holdPatronName(String barcode, String name, TerminalOptions options) {
        String template = options.text(TerminalOption.DA_FIELD_TEMPLATE);
        if (template.isEmpty() || name == null) {
            return name;
        }
        return FieldTemplate.render(template, Map.of("patron", TemplateValues.person(barcode, name)));
    }

    /** One AV entry: the account's template, else the item's barcode (or the fee's description). */
    static String fineEntry(FeeView fee, TerminalOptions options) {
        String template = options.text(TerminalOption.AV_FIELD_TEMPLATE);
        if (!template.isEmpty()) {
            return FieldTemplate.render(template, TemplateValues.fee(fee));
        }
        return fee.itemBarcode() != null
                ? fee.itemBarcode()
                : fee.description() == null ? "fee " + fee.id() : fee.description();
    }

    /** CR: the item property the account's cr_item_field names, else the collection code. */
    static String collectionCode(ItemView item, TerminalOptions options) {
        if (item == null) {
            return null;
        }
        String property = options.text(TerminalOption.CR_ITEM_FIELD);
        return property.isEmpty()
                ? item.collectionCode()
                : (String) TemplateValues.itemProperties(item).get(property);
    }

    static List<ExtraField> patronFields(PatronView patron, TerminalOptions options) {
        return custom(options.lines(TerminalOption.CUSTOM_PATRON_FIELD), TemplateValues.patron(patron));
    }

    static List<ExtraField> itemFields(ItemView item, TerminalOptions options) {
        return item == null
                ? List.of()
                : custom(options.lines(TerminalOption.CUSTOM_ITEM_FIELD), TemplateValues.item(item));
    }

    /** The screen messages some accounts add to 24 and 64: the home library, what the patron owes. */
    static List<String> patronMessages(PatronView patron, TerminalOptions options) {
        List<String> messages = new ArrayList<>();
        if (options.flag(TerminalOption.SHOW_OUTSTANDING_AMOUNT)
                && patron.feesOwed().signum() > 0) {
            messages.add(ScreenMessage.YOU_OWE.text(
                    patron.feesOwed().setScale(2, RoundingMode.HALF_UP).toPlainString(), patron.currency()));
        }
        if (options.flag(TerminalOption.SEND_PATRON_HOME_LIBRARY_IN_AF)
                && patron.profile().homeLibrary() != null) {
            messages.add(patron.profile().homeLibrary());
        }
        return messages;
    }

    /** Lines {@code XY = template}; an empty result sends no field. */
    private static List<ExtraField> custom(List<String> lines, Map<String, Object> values) {
        List<ExtraField> fields = new ArrayList<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String id = line.substring(0, equals).strip();
                String value = FieldTemplate.render(line.substring(equals + 1).strip(), values);
                if (ExtraField.validId(id) && !value.isEmpty()) {
                    fields.add(new ExtraField(id, value));
                }
            }
        }
        return fields;
    }
}
