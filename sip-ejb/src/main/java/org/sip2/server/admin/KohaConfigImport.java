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
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Imports institutions, policies and terminal accounts from a Koha {@code SIPconfig.xml}: a preview
 * of what would be created or changed, then the same changes applied.
 */
@Stateless
public class KohaConfigImport {

    /** One change the import makes. */
    public record Change(String kind, String key, String action, String details) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    TerminalAccountAdmin accounts;

    @EJB
    InstitutionAdmin institutions;

    @RolesAllowed({"admin", "operator"})
    public List<Change> preview(String xml) {
        return plan(parse(xml)).stream().map(Planned::change).toList();
    }

    @RolesAllowed("admin")
    public List<Change> apply(String xml) {
        List<Planned> plan = plan(parse(xml));
        plan.stream().filter(p -> p.institution() != null).forEach(p -> institutions.save(p.institution()));
        plan.stream().filter(p -> p.account() != null).forEach(p -> accounts.save(p.account()));
        return plan.stream().map(Planned::change).toList();
    }

    private record Planned(Change change, InstitutionForm institution, TerminalAccountForm account) {
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
                    existing == null || existing.isPatronPinRequired());
            plan.add(new Planned(new Change("terminal account", id, existing == null ? "create" : "update",
                    "institution " + form.institutionId() + ", delimiter " + delimiter + ", terminator " + terminator + ", " + charset
                            + ", password set"), null, form));
        }
        return plan;
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
