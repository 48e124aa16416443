package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sip2.server.domain.CirculationPolicy;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Listener;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Imports a Koha {@code SIPconfig.xml}, or the export of Koha 25.11's SIP tables: institutions,
 * terminal accounts with their options, and listeners; a preview of what would be created or
 * changed and of everything that is not imported (with the reason), then the same changes applied.
 * Nothing in the file is dropped without a line in the preview.
 */
@Stateless
public class KohaConfigImport {

    /**
     * One line of the preview.
     *
     * @param action create, update, imported (a setting applied with its parent) or not imported
     */
    public record Change(String kind, String key, String action, String details) {

        static Change notImported(String kind, String key, String reason) {
            return new Change(kind, key, "not imported", reason);
        }
    }

    /** A change, with what it saves (nothing for a note). */
    record Planned(Change change, InstitutionForm institution, TerminalAccountForm account, ListenerForm listener) {

        Planned(Change change, InstitutionForm institution, TerminalAccountForm account) {
            this(change, institution, account, null);
        }

        static Planned note(Change change) {
            return new Planned(change, null, null);
        }
    }

    /** Koha's {@code [address:]port/tcp}. */
    private static final Pattern SERVICE_PORT =
            Pattern.compile("(?:(.+):)?(\\d{1,5})(?:/tcp)?", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    EntityManager em;

    @EJB
    TerminalAccountAdmin accounts;

    @EJB
    InstitutionAdmin institutions;

    @EJB
    ListenerAdmin listeners;

    @RolesAllowed({"admin", "operator"})
    public List<Change> preview(String xml) {
        return plan(parse(xml)).stream().map(Planned::change).toList();
    }

    @RolesAllowed("admin")
    public List<Change> apply(String xml) {
        List<Planned> plan = plan(parse(xml));
        plan.stream().filter(p -> p.institution() != null).forEach(p -> institutions.save(p.institution()));
        plan.stream().filter(p -> p.account() != null).forEach(p -> accounts.save(p.account()));
        plan.stream().filter(p -> p.listener() != null).forEach(p -> listeners.save(p.listener()));
        return plan.stream().map(Planned::change).toList();
    }

    private List<Planned> plan(Document document) {
        Document config = KohaDatabaseExport.isExport(document) ? KohaDatabaseExport.toConfig(document) : document;
        Element root = config.getDocumentElement();
        if (!"acsconfig".equals(root.getLocalName())) {
            throw new AdminException(
                    "This is neither a SIPconfig.xml (<acsconfig>) nor an export of Koha's SIP tables");
        }
        List<Planned> plan = new ArrayList<>();
        Element errorDetect = children(root).stream()
                .filter(e -> "error-detect".equals(e.getLocalName()))
                .findFirst()
                .orElse(null);
        Boolean checksums = errorDetect == null ? null : KohaLogin.isOn(errorDetect.getAttribute("enabled"));
        for (Element element : children(root)) {
            switch (element.getLocalName()) {
                case "error-detect" ->
                    plan.add(Planned.note(new Change(
                            "setting",
                            "error-detect",
                            "imported",
                            "enabled=" + element.getAttribute("enabled")
                                    + ": the default of every login below: error detection "
                                    + (Boolean.TRUE.equals(checksums)
                                            ? "AUTO (AY/AZ answered to a terminal that sends" + " them)"
                                            : "OFF"))));
                case "server-params" ->
                    plan.add(Planned.note(Change.notImported(
                            "server parameters",
                            attributes(element),
                            "Net::Server's process and syslog settings have no counterpart: Payara's thread pool and"
                                    + " the SIP log"
                                    + " replace them (docs/configuration.md)")));
                case "listeners" -> {
                    List<Listener> existing = listeners.list();
                    children(element)
                            .forEach(service -> plan.add(
                                    "service".equals(service.getLocalName())
                                            ? listener(service, existing)
                                            : Planned.note(Change.notImported(
                                                    "element",
                                                    "listeners/" + service.getLocalName(),
                                                    "unknown to this server"))));
                }
                case "accounts" ->
                    children(element)
                            .forEach(login -> plan.addAll(
                                    "login".equals(login.getLocalName())
                                            ? new KohaLogin(login, existing(login.getAttribute("id")), checksums).plan()
                                            : List.of(Planned.note(Change.notImported(
                                                    "element",
                                                    "accounts/" + login.getLocalName(),
                                                    "unknown to this server")))));
                case "institutions" ->
                    children(element)
                            .forEach(institution -> plan.add(
                                    "institution".equals(institution.getLocalName())
                                            ? institution(institution)
                                            : Planned.note(Change.notImported(
                                                    "element",
                                                    "institutions/" + institution.getLocalName(),
                                                    "unknown to this server"))));
                case "syspref_overrides" ->
                    plan.add(Planned.note(Change.notImported(
                            "system preference overrides",
                            children(element).stream()
                                    .map(Element::getLocalName)
                                    .collect(Collectors.joining(", ")),
                            "Koha's system preferences do not exist here: the behaviour they chose is a "
                                    + "terminal option,"
                                    + " an institution setting or a loan rule (docs/migrating-from-koha.md)")));
                default ->
                    plan.add(Planned.note(Change.notImported(
                            "element",
                            element.getLocalName(),
                            element.getLocalName().startsWith("table-")
                                    ? "a Koha table this server does not read"
                                    : "unknown to this server")));
            }
        }
        return plan;
    }

    private org.sip2.server.domain.TerminalAccount existing(String loginId) {
        return em.createQuery(
                        "select a from TerminalAccount a where a.loginId = :id",
                        org.sip2.server.domain.TerminalAccount.class)
                .setParameter("id", loginId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * An institution with its policy. Koha reports a missing flag as N. It enforces none of the
     * checkin, checkout, renewal and off-line flags, so an institution whose policy forbids one of
     * them is imported in ADVERTISE mode: its terminals go on doing what they did under Koha.
     */
    private Planned institution(Element element) {
        String id = element.getAttribute("id");
        Element policy = children(element).stream()
                .filter(e -> "policy".equals(e.getLocalName()))
                .findFirst()
                .orElse(null);
        Institution existing = em.find(Institution.class, id);
        boolean checkin = flag(policy, "checkin");
        boolean checkout = flag(policy, "checkout");
        boolean renewal = flag(policy, "renewal");
        boolean offline = flag(policy, "offline");
        List<String> forbidden = new ArrayList<>();
        if (!checkin) {
            forbidden.add("checkin");
        }
        if (!checkout) {
            forbidden.add("checkout");
        }
        if (!renewal) {
            forbidden.add("renewal");
        }
        if (!offline) {
            forbidden.add("offline");
        }
        CirculationPolicy.Mode mode =
                forbidden.isEmpty() ? CirculationPolicy.Mode.ENFORCE : CirculationPolicy.Mode.ADVERTISE;
        String why = forbidden.isEmpty()
                ? "ENFORCE: everything is allowed, so enforcing changes nothing"
                : "ADVERTISE: Koha reports " + String.join(", ", forbidden) + " as not allowed in the 98 but does not"
                        + " refuse them; set ENFORCE in the console to refuse them";
        InstitutionForm form = new InstitutionForm(
                existing == null,
                id,
                existing == null ? id : existing.getName(),
                checkin,
                checkout,
                renewal,
                flag(policy, "status_update"),
                offline,
                number(policy, "timeout", 100),
                number(policy, "retries", 5),
                existing == null ? "USD" : existing.getCurrency(),
                existing == null ? new BigDecimal("10.00") : existing.getFeeLimit(),
                existing == null ? 50 : existing.getMaxItemsCharged(),
                existing == null ? 10 : existing.getMaxItemsOverdue(),
                existing == null ? 20 : existing.getMaxHolds(),
                backend(element.getAttribute("implementation"), existing),
                existing == null ? Set.of() : existing.getSharesWith(),
                mode.name());
        String ignored = element.hasAttribute("parms")
                        && !element.getAttribute("parms").isBlank()
                ? "; parms=\"" + element.getAttribute("parms") + "\" not imported: parameters of Koha's ILS module"
                : "";
        return new Planned(
                new Change(
                        "institution",
                        id,
                        existing == null ? "create" : "update",
                        "checkin " + checkin + ", checkout " + checkout + ", renewal " + renewal + ", status update "
                                + form.statusUpdate() + ", offline " + offline + ", timeout " + form.timeoutTenths()
                                + ", retries "
                                + form.retries() + "; " + why + ignored),
                form,
                null);
    }

    /**
     * One {@code <service>}: a listener to create, or to change when one has its port already
     * ({@code port} as {@code [address:]port/tcp}, {@code transport} RAW or telnet, {@code timeout}
     * the login timeout, {@code client_timeout} the idle timeout), or a service that is not SIP2
     * (Koha's NCIP over http), listed as not imported.
     */
    static Planned listener(Element service, List<Listener> existingListeners) {
        String port = service.getAttribute("port");
        String transport = service.getAttribute("transport").toUpperCase(Locale.ROOT);
        if (!service.getAttribute("protocol").toUpperCase(Locale.ROOT).startsWith("SIP/")
                || !(transport.equals("RAW") || transport.equals("TELNET"))) {
            return Planned.note(Change.notImported(
                    "listener",
                    port,
                    "transport " + service.getAttribute("transport") + ", protocol " + service.getAttribute("protocol")
                            + ": not SIP2 over raw or telnet"));
        }
        Matcher where = SERVICE_PORT.matcher(port.trim());
        if (!where.matches()) {
            throw new AdminException("Listener port '" + port + "' is not [address:]port/tcp");
        }
        String address = where.group(1) == null ? "0.0.0.0" : where.group(1);
        int number = Integer.parseInt(where.group(2));
        Listener existing = existingListeners.stream()
                .filter(l -> l.getPort() == number)
                .findFirst()
                .orElse(null);
        int loginTimeout = number(service, "timeout", existing == null ? 60 : existing.getLoginTimeoutSeconds());
        int idleTimeout = number(service, "client_timeout", existing == null ? 0 : existing.getIdleTimeoutSeconds());
        ListenerForm form = existing == null
                ? new ListenerForm(
                        null,
                        "koha-" + number,
                        true,
                        address,
                        number,
                        transport,
                        "OFF",
                        loginTimeout,
                        idleTimeout,
                        1024,
                        16384,
                        10000,
                        1000,
                        "",
                        "")
                : new ListenerForm(
                        existing.getId(),
                        existing.getName(),
                        true,
                        address,
                        number,
                        transport,
                        transport.equals("TELNET") ? "OFF" : existing.getTls(),
                        loginTimeout,
                        idleTimeout,
                        existing.getMaxFrameLengthBeforeLogin(),
                        existing.getMaxFrameLength(),
                        existing.getMaxConnections(),
                        existing.getMaxConnectionsPerAddress(),
                        existing.getAllowedRanges(),
                        existing.getInstance());
        form.toDefinition(); // refuses what could not run before anything is applied
        return new Planned(
                new Change(
                        "listener",
                        form.name(),
                        existing == null ? "create" : "update",
                        address + ":" + number + ", " + transport.toLowerCase(Locale.ROOT) + ", login timeout "
                                + loginTimeout + " s, idle timeout " + idleTimeout + " s"),
                null,
                null,
                form);
    }

    /** Koha names its back end "ILS"; that is our built-in one. */
    private static String backend(String implementation, Institution existing) {
        if (existing != null) {
            return existing.getBackend();
        }
        return implementation == null || implementation.isBlank() || implementation.equalsIgnoreCase("ILS")
                ? "jpa"
                : implementation;
    }

    private static boolean flag(Element policy, String name) {
        return policy != null && policy.hasAttribute(name) && KohaLogin.isOn(policy.getAttribute(name));
    }

    private static int number(Element policy, String name, int fallback) {
        try {
            return policy == null || !policy.hasAttribute(name)
                    ? fallback
                    : Integer.parseInt(policy.getAttribute(name).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** An element's attributes as name="value" (for the preview), passwords masked. */
    static String attributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        return IntStream.range(0, attributes.getLength())
                .mapToObj(i -> (Attr) attributes.item(i))
                .filter(a -> !a.getName().startsWith("xmlns"))
                .map(a -> a.getName() + "=\"" + (a.getName().contains("password") ? "***" : a.getValue()) + "\"")
                .collect(Collectors.joining(" "));
    }

    /** Parses without DTDs or external entities: the file comes from a browser. */
    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xml == null ? "" : xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AdminException("This is not a readable SIPconfig.xml: " + e.getMessage());
        }
    }
}
