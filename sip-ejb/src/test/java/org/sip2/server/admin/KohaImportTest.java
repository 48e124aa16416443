package org.sip2.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.server.admin.KohaConfigImport.Planned;
import org.sip2.server.backend.FieldTemplate;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Reading Koha's SIPconfig.xml logins, its templates and its 25.11 database export, without the server. */
class KohaImportTest {

    private static final String LOGIN = """
            <acsconfig xmlns="http://openncip.org/acs-config/1.0/"><accounts>
            <login id="lpl-sc" password="xyzzy" delimiter="|" error-detect="enabled" institution="LPL"
                   send_patron_home_library_in_af="1" cv_send_00_on_success="1" ct_always_send="1" cv_triggers_alert="1"
                   allow_empty_passwords="1"
                   ae_field_template="[% patron.surname %][% IF patron.firstname %], [% patron.firstname %][% END %]"
                   av_field_template="[% accountline.description %] [% accountline.amountoutstanding
                     | format('%.2f') %]"
                   hide_fields="BD,BE,BF,PB" register_id='' holds_block_checkin="1" lost_block_checkout="1"
                   lost_block_checkout_value="1" prevcheckout_block_checkout="1" cr_item_field="collection_code"
                   convert_nonprinting_characters="?" seen_on_item_information="mark_found">
              <screen_msg_regex find="Greetings from Koha." replace="Welcome to your library!" />
              <patron_attribute field="XY" code="CODE" />
              <patron_attribute field="XE" code="EMAIL" />
              <item_field field="ZY" code="permanent_location" />
              <syspref_overrides><AllFinesNeedOverride>0</AllFinesNeedOverride></syspref_overrides>
              <custom_patron_field field="DE" template="[% patron.dateexpiry %]" />
              <sort_bin_mapping mapping="LPL:itype:eq:DVD:3" />
            </login></accounts></acsconfig>""";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element firstLogin(Document config) {
        return (Element) config.getElementsByTagNameNS("*", "login").item(0);
    }

    @Test
    void aLoginBecomesAnAccountWithItsOptionsAndEveryOtherSettingIsListed() throws Exception {
        List<Planned> plan = new KohaLogin(firstLogin(parse(LOGIN)), null, false).plan();
        TerminalAccountForm form = plan.get(0).account();
        assertEquals("create", plan.get(0).change().action());
        assertEquals("UTF-8", form.charset(), "no encoding: Koha writes its text unconverted");
        assertEquals("CRLF", form.terminator(), "Koha's default terminator");
        assertEquals("AUTO", form.errorDetection());
        assertFalse(form.patronPinRequired(), "allow_empty_passwords");
        Map<String, String> options = form.options();
        assertEquals("1", options.get("holds_block_checkin"));
        assertEquals("0", options.get("checked_in_ok"), "Koha's default for what the file does not set");
        assertEquals(
                "{{patron.surname}}{{#patron.firstname}}, {{patron.firstname}}{{/patron.firstname}}",
                options.get("ae_field_template"));
        assertEquals("Greetings from Koha. => Welcome to your library!", options.get("screen_msg_regex"));
        assertEquals("ZY={{item.permanent_location}}", options.get("custom_item_field"));
        assertEquals(
                "XE={{patron.email}}\nDE={{patron.dateexpiry}}",
                options.get("custom_patron_field"),
                "a patron_attribute naming a patron property sends it");
        assertEquals("1", options.get("lost_block_checkout"));
        assertEquals("1", options.get("prevcheckout_block_checkout"));
        assertEquals("?", options.get("convert_nonprinting_characters"));
        assertEquals("mark_found", options.get("seen_on_item_information"));
        assertEquals("", options.get("register_id"), "register_id='' : no register");
        assertEquals("", options.get("cr_item_field"), "Koha's collection_code is our default");
        assertEquals("LPL:itype:eq:DVD:3", options.get("sort_bin_mapping"));
        List<String> notImported = plan.stream()
                .map(Planned::change)
                .filter(c -> c.action().equals("not imported"))
                .map(c -> c.key())
                .toList();
        assertEquals(2, notImported.size(), "patron_attribute CODE, syspref_overrides: " + notImported);
    }

    @Test
    void reimportingKeepsTheAccountsEnabledStateAndWhatTheFileDoesNotMention() throws Exception {
        TerminalAccount account = new TerminalAccount("lpl-sc", "hash", new Institution("LPL", "LPL"));
        account.speak('^', TerminalAccount.Terminator.CR, "IBM850", ErrorDetectionMode.REQUIRED);
        account.setEnabled(false);
        account.setLocation("Desk 2");
        account.setOption("checked_in_ok", "1");
        account.setOption("blocked_item_types", "DVD");
        TerminalAccountForm form = new KohaLogin(firstLogin(parse("""
                <acsconfig><accounts><login id="lpl-sc" password="new" institution="LPL" holds_block_checkin="1"/>
                </accounts></acsconfig>""")), account, null)
                .plan()
                .get(0)
                .account();
        assertFalse(form.enabled());
        assertEquals("Desk 2", form.location());
        assertEquals("^", form.delimiter());
        assertEquals("CR", form.terminator());
        assertEquals("IBM850", form.charset());
        assertEquals("REQUIRED", form.errorDetection());
        assertEquals(
                Map.of("checked_in_ok", "1", "blocked_item_types", "DVD", "holds_block_checkin", "1"), form.options());
    }

    @Test
    void kohaTemplatesBecomeMustacheAndRenderTheSame() {
        String ae = KohaTemplates.toMustache(
                "[% patron.surname %][% IF patron.firstname %], [% patron.firstname %][% END %]");
        assertEquals(
                "Doe, Jane", FieldTemplate.render(ae, Map.of("patron", Map.of("surname", "Doe", "firstname", "Jane"))));
        assertEquals("Doe", FieldTemplate.render(ae, Map.of("patron", Map.of("surname", "Doe"))));
        assertEquals(
                "{{^patron.email}}none{{/patron.email}}",
                KohaTemplates.toMustache("[% UNLESS patron.email %]none[% END %]"));
        assertThrows(IllegalArgumentException.class, () -> KohaTemplates.toMustache("[% patron.surname | upper %]"));
        assertThrows(IllegalArgumentException.class, () -> KohaTemplates.toMustache("[% IF x %]open"));
    }

    @Test
    void aKoha2511DatabaseExportReadsAsTheSipConfigItStandsFor() throws Exception {
        Document export = parse("""
                <koha-sip-export xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <resultset statement="SELECT * FROM sip_accounts">
                  <row><field name="sip_account_id">7</field><field name="sip_institution_id">2</field>
                    <field name="login_id">sorter</field><field name="login_password">pw</field>
                    <field name="error_detect">1</field><field name="checked_in_ok">1</field>
                    <field name="encoding" xsi:nil="true" /></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_institutions">
                  <row><field name="sip_institution_id">2</field><field name="name">CPL</field>
                    <field name="implementation">ILS</field><field name="checkin">1</field>
                    <field name="checkout">1</field><field name="renewal">0</field><field name="timeout">100</field>
                    <field name="retries">5</field></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_account_sort_bin_mappings">
                  <row><field name="sip_account_sort_bin_mapping_id">1</field><field name="sip_account_id">7</field>
                    <field name="mapping">CPL:ccode:eq:FIC:2</field></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_listeners">
                  <row><field name="sip_listener_id">1</field><field name="client_timeout">600</field>
                    <field name="port">127.0.0.1:6001/tcp</field><field name="protocol">SIP/2.00</field>
                    <field name="timeout">60</field><field name="transport">RAW</field></row>
                  <row><field name="sip_listener_id">2</field><field name="client_timeout" xsi:nil="true" />
                    <field name="port">6002/tcp</field><field name="protocol">SIP/2.00</field>
                    <field name="timeout">30</field><field name="transport">telnet</field></row>
                  <row><field name="sip_listener_id">3</field><field name="port">0:8080/tcp</field>
                    <field name="protocol">NCIP/1.0</field><field name="timeout">60</field>
                    <field name="transport">http</field></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_server_params">
                  <row><field name="sip_server_param_id">1</field><field name="key">max_servers</field>
                    <field name="value">16</field></row>
                  <row><field name="sip_server_param_id">2</field><field name="key">log_file</field>
                    <field name="value">Sys::Syslog</field></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_system_preference_overrides">
                  <row><field name="sip_system_preference_override_id">1</field>
                    <field name="variable">AllFinesNeedOverride</field><field name="value">0</field></row>
                </resultset>
                <resultset statement="SELECT * FROM sip_account_system_preference_overrides">
                  <row><field name="sip_account_system_preference_override_id">1</field>
                    <field name="sip_account_id">7</field><field name="variable">noissuescharge</field>
                    <field name="value">5</field></row>
                </resultset>
                </koha-sip-export>""");
        assertTrue(KohaDatabaseExport.isExport(export));
        Document config = KohaDatabaseExport.toConfig(export);
        Element login = firstLogin(config);
        assertEquals("sorter", login.getAttribute("id"));
        assertEquals("CPL", login.getAttribute("institution"));
        assertEquals("enabled", login.getAttribute("error-detect"));
        assertFalse(login.hasAttribute("encoding"), "NULL is absent");
        Element policy = (Element) config.getElementsByTagNameNS("*", "policy").item(0);
        assertEquals("false", policy.getAttribute("renewal"));
        TerminalAccountForm form =
                new KohaLogin(login, null, false).plan().get(0).account();
        assertEquals("CPL:ccode:eq:FIC:2", form.options().get("sort_bin_mapping"));
        assertEquals("1", form.options().get("checked_in_ok"));
        List<Planned> loginPlan = new KohaLogin(login, null, false).plan();
        assertTrue(
                loginPlan.stream()
                        .map(Planned::change)
                        .anyMatch(c ->
                                c.action().equals("not imported") && c.key().equals("sorter: noissuescharge")),
                "the account's preference override is listed: " + loginPlan);

        List<Element> services = KohaConfigImport.children(
                (Element) config.getElementsByTagNameNS("*", "listeners").item(0));
        assertEquals(3, services.size(), "every sip_listeners row is a <service> of <listeners>");
        List<Planned> listeners = services.stream()
                .map(service -> KohaConfigImport.listener(service, List.of()))
                .toList();
        ListenerForm raw = listeners.get(0).listener();
        assertEquals("create", listeners.get(0).change().action());
        assertEquals("127.0.0.1", raw.bindAddress());
        assertEquals(6001, raw.port());
        assertEquals("RAW", raw.transport());
        assertEquals(60, raw.loginTimeoutSeconds());
        assertEquals(600, raw.idleTimeoutSeconds());
        ListenerForm telnet = listeners.get(1).listener();
        assertEquals("0.0.0.0", telnet.bindAddress(), "a port without an address listens on every address");
        assertEquals(6002, telnet.port());
        assertEquals("TELNET", telnet.transport());
        assertEquals(30, telnet.loginTimeoutSeconds());
        assertEquals(0, telnet.idleTimeoutSeconds(), "a NULL client_timeout: no idle timeout");
        assertEquals("koha-6002", listeners.get(1).change().key());
        assertEquals(
                "0.0.0.0:6002, telnet, login timeout 30 s, idle timeout 0 s",
                listeners.get(1).change().details());
        assertEquals(null, listeners.get(2).listener(), "NCIP over http is no SIP2 listener");
        assertEquals("not imported", listeners.get(2).change().action());
        assertEquals("0:8080/tcp", listeners.get(2).change().key());

        Element params =
                (Element) config.getElementsByTagNameNS("*", "server-params").item(0);
        assertEquals("log_file=\"Sys::Syslog\" max_servers=\"16\"", KohaConfigImport.attributes(params));
        Element overrides = KohaConfigImport.children(config.getDocumentElement()).stream()
                .filter(e -> e.getLocalName().equals("syspref_overrides"))
                .findFirst()
                .orElseThrow();
        assertEquals("0", KohaConfigImport.children(overrides).get(0).getTextContent());
        assertEquals(
                "AllFinesNeedOverride",
                KohaConfigImport.children(overrides).get(0).getLocalName());
    }
}
