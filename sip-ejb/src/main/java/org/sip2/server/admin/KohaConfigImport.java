package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Listener;
import org.sip2.server.domain.TerminalAccount;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Imports institutions, policies, terminal accounts and listeners from a Koha {@code SIPconfig.xml}: a preview
 * of what would be created or changed, then the same changes applied. A {@code <service>} of {@code <listeners>}
 * becomes a listener: {@code port} ({@code [address:]port/tcp}), {@code transport} (RAW or telnet), {@code timeout}
 * (login timeout) and {@code client_timeout} (idle timeout); it changes the listener on the same port if there is
 * one. Services that are not SIP (Koha's NCIP over http) are listed as skipped.
 */
@Stateless
public class KohaConfigImport {

    /** Koha's {@code [address:]port/tcp}. */
    private static final Pattern SERVICE_PORT =
            Pattern.compile("(?:(.+):)?(\\d{1,5})(?:/tcp)?", Pattern.CASE_INSENSITIVE);

    /** One change the import makes. */
    public record Change(String kind, String key, String action, String details) {
    }

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

    private record Planned(Change change, InstitutionForm institution, TerminalAccountForm account,
                           ListenerForm listener) {
        Planned(Change change, InstitutionForm institution, TerminalAccountForm account) {
            this(change, institution, account, null);
        }
    }

    private List<Planned> plan(Document config) {
        List<Planned> plan = new ArrayList<>();
        NodeList institutionNodes = config.getElementsByTagNameNS("*", "institution");
        for (int i = 0; i < institutionNodes.getLength(); i++) {
            Element element = (Element) institutionNodes.item(i);
            String id = element.getAttribute("id");
            Element policy = (Element) element.getElementsByTagNameNS("*", "policy").item(0);
            Institution existing = em.find(Institution.class, id);
            InstitutionForm form = new InstitutionForm(existing == null, id, existing == null ? id : existing.getName(),
                    flag(policy, "checkin", true), flag(policy, "checkout", true), flag(policy, "renewal", false),
                    flag(policy, "status_update", false), flag(policy, "offline", false), number(policy, "timeout", 100),
                    number(policy, "retries", 5), existing == null ? "USD" : existing.getCurrency(),
                    existing == null ? new java.math.BigDecimal("10.00") : existing.getFeeLimit(),
                    existing == null ? 50 : existing.getMaxItemsCharged(), existing == null ? 10 : existing.getMaxItemsOverdue(),
                    existing == null ? 20 : existing.getMaxHolds(),
                    backend(element.getAttribute("implementation"), existing),
                    existing == null ? Set.of() : existing.getSharesWith());
            plan.add(new Planned(new Change("institution", id, existing == null ? "create" : "update",
                    "checkin " + form.checkin() + ", checkout " + form.checkout() + ", renewal " + form.renewal() + ", status update "
                            + form.statusUpdate() + ", offline " + form.offline() + ", timeout " + form.timeoutTenths() + ", retries " + form.retries()),
                    form, null));
        }
        NodeList logins = config.getElementsByTagNameNS("*", "login");
        for (int i = 0; i < logins.getLength(); i++) {
            Element login = (Element) logins.item(i);
            String id = login.getAttribute("id");
            TerminalAccount existing = em.createQuery("select a from TerminalAccount a where a.loginId = :id", TerminalAccount.class)
                    .setParameter("id", id).getResultStream().findFirst().orElse(null);
            String delimiter = login.getAttribute("delimiter").isEmpty() ? "|" : login.getAttribute("delimiter");
            String terminator = "CR".equalsIgnoreCase(login.getAttribute("terminator")) ? "CR"
                    : login.getAttribute("terminator").isEmpty() ? "CRLF" : "CRLF";
            String charset = charset(login.getAttribute("encoding"));
            TerminalAccountForm form = new TerminalAccountForm(existing == null ? null : existing.getId(), id, login.getAttribute("password"),
                    login.getAttribute("institution"), delimiter, terminator, charset, "AUTO",
                    existing == null ? null : existing.getLocation(), existing == null ? null : existing.getAllowedAddresses(), true,
                    existing == null || existing.isPatronPinRequired(),
                    existing == null ? null : existing.getCertificateSubject());
            plan.add(new Planned(new Change("terminal account", id, existing == null ? "create" : "update",
                    "institution " + form.institutionId() + ", delimiter " + delimiter + ", terminator " + terminator + ", " + charset
                            + ", password set"), null, form));
        }
        NodeList services = config.getElementsByTagNameNS("*", "service");
        for (int i = 0; i < services.getLength(); i++) {
            plan.add(listener((Element) services.item(i)));
        }
        return plan;
    }

    /** One {@code <service>}: a listener to create or change, or a skipped service. */
    private Planned listener(Element service) {
        String port = service.getAttribute("port");
        String transport = service.getAttribute("transport").toUpperCase(Locale.ROOT);
        if (!service.getAttribute("protocol").toUpperCase(Locale.ROOT).startsWith("SIP/")
                || !(transport.equals("RAW") || transport.equals("TELNET"))) {
            return new Planned(new Change("listener", port, "skip", "transport " + service.getAttribute("transport")
                    + ", protocol " + service.getAttribute("protocol") + ": not SIP2 over raw or telnet"), null, null);
        }
        Matcher where = SERVICE_PORT.matcher(port.trim());
        if (!where.matches()) {
            throw new AdminException("Listener port '" + port + "' is not [address:]port/tcp");
        }
        String address = where.group(1) == null ? "0.0.0.0" : where.group(1);
        int number = Integer.parseInt(where.group(2));
        Listener existing = listeners.list().stream().filter(l -> l.getPort() == number).findFirst().orElse(null);
        int loginTimeout = number(service, "timeout", existing == null ? 60 : existing.getLoginTimeoutSeconds());
        int idleTimeout = number(service, "client_timeout", existing == null ? 0 : existing.getIdleTimeoutSeconds());
        ListenerForm form = existing == null
                ? new ListenerForm(null, "koha-" + number, true, address, number, transport, "OFF", loginTimeout,
                        idleTimeout, 1024, 16384, 10000, 1000, "")
                : new ListenerForm(existing.getId(), existing.getName(), true, address, number, transport,
                        transport.equals("TELNET") ? "OFF" : existing.getTls(), loginTimeout, idleTimeout,
                        existing.getMaxFrameLengthBeforeLogin(), existing.getMaxFrameLength(),
                        existing.getMaxConnections(), existing.getMaxConnectionsPerAddress(),
                        existing.getAllowedRanges());
        form.toDefinition(); // refuses what could not run before anything is applied
        return new Planned(new Change("listener", form.name(), existing == null ? "create" : "update",
                address + ":" + number + ", " + transport.toLowerCase(Locale.ROOT) + ", login timeout " + loginTimeout
                        + " s, idle timeout " + idleTimeout + " s"), null, null, form);
    }

    /** Koha names its back end "ILS"; that is our built-in one. */
    private static String backend(String implementation, Institution existing) {
        if (existing != null) {
            return existing.getBackend();
        }
        return implementation == null || implementation.isBlank() || implementation.equalsIgnoreCase("ILS") ? "jpa" : implementation;
    }

    private static String charset(String encoding) {
        return switch (encoding == null ? "" : encoding.toLowerCase(Locale.ROOT)) {
            case "ascii" -> "US-ASCII";
            case "utf8", "utf-8" -> "UTF-8";
            case "" -> "IBM850";
            default -> encoding;
        };
    }

    private static boolean flag(Element policy, String name, boolean fallback) {
        if (policy == null || !policy.hasAttribute(name)) {
            return fallback;
        }
        String value = policy.getAttribute(name).trim();
        return value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes");
    }

    private static int number(Element policy, String name, int fallback) {
        try {
            return policy == null || !policy.hasAttribute(name) ? fallback : Integer.parseInt(policy.getAttribute(name).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
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
