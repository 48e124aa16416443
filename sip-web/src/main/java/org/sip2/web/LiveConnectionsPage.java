package org.sip2.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.sip2.connector.api.LiveConnection;
import org.sip2.connector.api.SipConnections;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;

/** The terminals connected now, to every instance of the cluster; admins and operators may disconnect one. */
@Named
@RequestScoped
public class LiveConnectionsPage {

    /** A connection and the instance that serves it. */
    public record Row(String instance, LiveConnection session) {}

    @Inject
    Cluster cluster;

    private List<Row> rows;

    public List<Row> getSessions() {
        if (rows == null) {
            rows = cluster.sessionsByInstance().entrySet().stream()
                    .flatMap(instance ->
                            instance.getValue().stream().map(session -> new Row(instance.getKey(), session)))
                    .sorted(Comparator.comparing((Row row) -> row.session().connectedAt()))
                    .toList();
        }
        return rows;
    }

    public boolean isClustered() {
        return cluster.clustered();
    }

    public void disconnect(String instance, long sessionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("admin")
                && !faces.getExternalContext().isUserInRole("operator")) {
            Feedback.error("Not allowed");
            return;
        }
        if (!instance.equals(cluster.instance())) {
            cluster.publish(new ClusterNotice.DisconnectSession(instance, sessionId));
            Feedback.info("Instance " + instance + " asked to disconnect session " + sessionId);
        } else if (SipConnections.disconnect(sessionId)) {
            Feedback.info("Session " + sessionId + " disconnected");
        } else {
            Feedback.error("Session " + sessionId + " is no longer connected");
        }
    }
}
