package org.sip2.server.sip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.stream.Stream;
import org.sip2.protocol.FieldId;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.SipRequest;
import org.sip2.server.circulation.Institutions;
import org.sip2.server.domain.Institution;

/**
 * Consortium sharing: when a terminal acts on a patron (AA) or an item (AB) of another institution
 * that shares circulation with the terminal's, the owner's policy applies as well as the
 * terminal's. Records of institutions that do not share are not found by the back end at all.
 */
@ApplicationScoped
public class SharedRecords {

    @EJB
    Institutions institutions;

    /** Why the policy of an owner of the request's patron or item forbids it, or {@code null}. */
    String refusal(SipRequest request, Institution terminalInstitution) {
        if (!PolicyGate.governs(request) || !terminalInstitution.isSharedWithByOthers()) {
            return null;
        }
        MessageDefinition definition = MessageTable.definitionOf(request.getClass());
        return Stream.of(
                        institutions.ownerOfPatron(text(definition.value(request, FieldId.AA))),
                        institutions.ownerOfItem(text(definition.value(request, FieldId.AB))))
                .flatMap(Optional::stream)
                .filter(owner -> !owner.getId().equals(terminalInstitution.getId())
                        && owner.servesTerminalsOf(terminalInstitution.getId()))
                .flatMap(owner -> Optional.ofNullable(
                        PolicyGate.refusal(request, owner.getPolicy().enforced()))
                        .map(refusal -> refusal + " (" + owner.getId() + ")")
                        .stream())
                .findFirst()
                .orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
