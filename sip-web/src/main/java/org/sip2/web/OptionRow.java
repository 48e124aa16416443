package org.sip2.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sip2.server.admin.OptionInfo;

/** One behaviour option of a terminal account in the console's form: a checkbox for a flag, text otherwise. */
public final class OptionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OptionInfo option;
    private String value;

    private OptionRow(OptionInfo option, String value) {
        this.option = option;
        this.value = value;
    }

    /** A row for every known option, with the account's value or the default. */
    static List<OptionRow> of(Map<String, String> stored) {
        return OptionInfo.all().stream()
                .map(option -> new OptionRow(option, stored.getOrDefault(option.key(), option.defaultValue())))
                .toList();
    }

    static Map<String, String> values(List<OptionRow> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.option.key(), row.value));
        return values;
    }

    public String getKey() {
        return option.key();
    }

    public String getDescription() {
        return option.description();
    }

    public String getGroup() {
        return option.group();
    }

    public String getKind() {
        return option.kind();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public boolean isOn() {
        return "1".equals(value);
    }

    public void setOn(boolean on) {
        this.value = on ? "1" : "0";
    }
}
