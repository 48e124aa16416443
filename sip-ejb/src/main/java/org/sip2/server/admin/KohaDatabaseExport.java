package org.sip2.server.admin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Koha 25.11 keeps its SIP configuration in its database. Exported with {@code mysql --xml} (one
 * {@code <resultset>} per table, see docs/migrating-from-koha.md), the rows become the
 * SIPconfig.xml they stand for, so that one import reads both: {@code sip_institutions} and
 * {@code sip_accounts} rows become institutions and logins, the {@code sip_account_*} rows their
 * child elements, {@code sip_listeners} rows the {@code <service>} entries of {@code <listeners>},
 * {@code sip_server_params} the attributes of {@code <server-params>}, the preference overrides
 * {@code <syspref_overrides>} entries, any other table an element the preview lists as not imported.
 */
final class KohaDatabaseExport {

    private static final Pattern TABLE = Pattern.compile("\\bfrom\\s+`?([a-z0-9_]+)`?", Pattern.CASE_INSENSITIVE);
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Koha's tables of per-account settings and the SIPconfig.xml element each row stands for. */
    private static final Map<String, String> ACCOUNT_CHILDREN = Map.of(
            "sip_account_custom_patron_fields", "custom_patron_field",
            "sip_account_custom_item_fields", "custom_item_field",
            "sip_account_item_fields", "item_field",
            "sip_account_patron_attributes", "patron_attribute",
            "sip_account_screen_msg_regexs", "screen_msg_regex",
            "sip_account_sort_bin_mappings", "sort_bin_mapping");

    private static final String ACCOUNT_OVERRIDES = "sip_account_system_preference_overrides";

    private KohaDatabaseExport() {}

    /** Whether the document is a database export rather than a SIPconfig.xml. */
    static boolean isExport(Document document) {
        Element root = document.getDocumentElement();
        return "resultset".equals(root.getLocalName())
                || root.getElementsByTagNameNS("*", "resultset").getLength() > 0;
    }

    static Document toConfig(Document export) {
        Document config = newDocument();
        Element root = config.createElementNS(null, "acsconfig");
        config.appendChild(root);
        Element institutions = append(config, root, "institutions");
        Element accounts = append(config, root, "accounts");
        Map<String, String> institutionNames = new HashMap<>();
        Map<String, Element> logins = new HashMap<>();
        List<Element> resultsets = resultsets(export);
        for (Element resultset : resultsets) {
            if ("sip_institutions".equals(table(resultset))) {
                for (Map<String, String> row : rows(resultset)) {
                    institutionNames.put(row.get("sip_institution_id"), row.get("name"));
                    institutions.appendChild(institution(config, row));
                }
            }
        }
        for (Element resultset : resultsets) {
            if ("sip_accounts".equals(table(resultset))) {
                for (Map<String, String> row : rows(resultset)) {
                    Element login = login(config, row, institutionNames);
                    logins.put(row.get("sip_account_id"), login);
                    accounts.appendChild(login);
                }
            }
        }
        Element listeners = null;
        Element serverParams = null;
        Element overrides = null;
        Map<String, Element> accountOverrides = new HashMap<>();
        for (Element resultset : resultsets) {
            String table = table(resultset);
            for (Map<String, String> row : rows(resultset)) {
                Element login = logins.get(row.get("sip_account_id"));
                switch (table) {
                    case "sip_institutions", "sip_accounts" -> {}
                    case "sip_listeners" -> {
                        listeners = listeners == null ? append(config, root, "listeners") : listeners;
                        listeners.appendChild(fields(config.createElementNS(null, "service"), row));
                    }
                    case "sip_server_params" -> {
                        serverParams = serverParams == null ? append(config, root, "server-params") : serverParams;
                        setNamed(serverParams, row.get("key"), row.get("value"));
                    }
                    case "sip_system_preference_overrides" -> {
                        overrides = overrides == null ? append(config, root, "syspref_overrides") : overrides;
                        appendNamed(overrides, row.get("variable"), row.get("value"));
                    }
                    case ACCOUNT_OVERRIDES -> {
                        Element parent = login == null ? root : login;
                        Element element = accountOverrides.computeIfAbsent(
                                row.get("sip_account_id"), id -> append(config, parent, "syspref_overrides"));
                        appendNamed(element, row.get("variable"), row.get("value"));
                    }
                    default -> {
                        String name = ACCOUNT_CHILDREN.getOrDefault(table, "table-" + table);
                        Element element = fields(config.createElementNS(null, name), row);
                        (ACCOUNT_CHILDREN.containsKey(table) && login != null ? login : root).appendChild(element);
                    }
                }
            }
        }
        return config;
    }

    /** The row's columns as attributes, its keys ({@code *_id}) and NULLs left out. */
    private static Element fields(Element element, Map<String, String> row) {
        row.forEach((column, value) -> {
            if (!column.endsWith("_id") && value != null) {
                element.setAttribute(column, value);
            }
        });
        return element;
    }

    /** A {@code key}/{@code value} row as the attribute SIPconfig.xml has; a key that is no XML name is kept too. */
    private static void setNamed(Element element, String name, String value) {
        String text = value == null ? "" : value;
        try {
            element.setAttribute(name == null ? "" : name, text);
        } catch (DOMException e) {
            element.setAttribute("param-" + element.getAttributes().getLength(), name + "=" + text);
        }
    }

    /** A {@code variable}/{@code value} row as the child element SIPconfig.xml has. */
    private static void appendNamed(Element parent, String name, String value) {
        Document document = parent.getOwnerDocument();
        Element element;
        try {
            element = document.createElementNS(null, name == null ? "" : name);
        } catch (DOMException e) {
            element = document.createElementNS(null, "unnamed");
            element.setAttribute("variable", String.valueOf(name));
        }
        element.setTextContent(value);
        parent.appendChild(element);
    }

    private static Element institution(Document config, Map<String, String> row) {
        Element institution = config.createElementNS(null, "institution");
        institution.setAttribute("id", row.getOrDefault("name", ""));
        setIfPresent(institution, "implementation", row.get("implementation"));
        Element policy = append(config, institution, "policy");
        for (String flag : List.of("checkin", "checkout", "renewal", "status_update", "offline")) {
            String value = row.get(flag);
            if (value != null) {
                policy.setAttribute(flag, "1".equals(value.trim()) ? "true" : "false");
            }
        }
        setIfPresent(policy, "timeout", row.get("timeout"));
        setIfPresent(policy, "retries", row.get("retries"));
        return institution;
    }

    private static Element login(Document config, Map<String, String> row, Map<String, String> institutionNames) {
        Element login = config.createElementNS(null, "login");
        row.forEach((column, value) -> {
            if (value == null || column.equals("sip_account_id") || column.equals("sip_institution_id")) {
                return;
            }
            switch (column) {
                case "login_id" -> login.setAttribute("id", value);
                case "login_password" -> login.setAttribute("password", value);
                case "error_detect" ->
                    login.setAttribute("error-detect", "1".equals(value.trim()) ? "enabled" : "disabled");
                default -> login.setAttribute(column, value);
            }
        });
        setIfPresent(login, "institution", institutionNames.get(row.get("sip_institution_id")));
        return login;
    }

    private static List<Element> resultsets(Document export) {
        Element root = export.getDocumentElement();
        if ("resultset".equals(root.getLocalName())) {
            return List.of(root);
        }
        NodeList nodes = root.getElementsByTagNameNS("*", "resultset");
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .toList();
    }

    private static String table(Element resultset) {
        Matcher matcher = TABLE.matcher(resultset.getAttribute("statement"));
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "unknown";
    }

    /** Each row's fields by name; a NULL ({@code xsi:nil}) is null. */
    private static List<Map<String, String>> rows(Element resultset) {
        NodeList rows = resultset.getElementsByTagNameNS("*", "row");
        return java.util.stream.IntStream.range(0, rows.getLength())
                .mapToObj(i -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Node node = rows.item(i).getFirstChild(); node != null; node = node.getNextSibling()) {
                        if (node instanceof Element field && "field".equals(field.getLocalName())) {
                            boolean nil = "true".equals(field.getAttributeNS(XSI, "nil"));
                            row.put(field.getAttribute("name"), nil ? null : field.getTextContent());
                        }
                    }
                    return row;
                })
                .toList();
    }

    private static void setIfPresent(Element element, String name, String value) {
        if (value != null && !value.isBlank()) {
            element.setAttribute(name, value.trim());
        }
    }

    private static Element append(Document document, Element parent, String name) {
        Element child = document.createElementNS(null, name);
        parent.appendChild(child);
        return child;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
