package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.sip2.connector.api.SipConnections;
import org.sip2.server.admin.DemoAccounts;
import org.sip2.server.admin.TransactionLogQuery;
import org.sip2.server.audit.TransactionLogEntry;
import org.sip2.server.monitoring.TrafficHistory;

/**
 * The dashboard: a warning while demo passwords are in use, listeners, connected terminals, charts
 * of requests per minute and p99 latency by message type over the last hours (the figures /metrics
 * serves), the last hour's transactions by type, recent refusals.
 */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    TransactionLogQuery log;

    @EJB
    DemoAccounts demoAccounts;

    @EJB
    TrafficHistory traffic;

    private Map<String, Long> lastHour;
    private List<TransactionLogEntry> refusals;
    private List<TrafficHistory.Minute> minutes;

    @PostConstruct
    void load() {
        lastHour = log.lastHourByType(LocalDateTime.now());
        refusals = log.recentRefusals(10);
        minutes = traffic.minutes();
    }

    /** Chart.js configuration of the requests-per-minute chart. */
    public String getRequestsChart() {
        return TrafficCharts.requestsPerMinute(minutes);
    }

    /** Chart.js configuration of the p99 latency chart. */
    public String getLatencyChart() {
        return TrafficCharts.p99Millis(minutes);
    }

    public List<String> getListeners() {
        return SipConnections.listenerAddresses();
    }

    public int getConnected() {
        return SipConnections.all().size();
    }

    public long getLoggedIn() {
        return SipConnections.all().stream()
                .filter(session -> session.terminal() != null)
                .count();
    }

    public List<Map.Entry<String, Long>> getLastHour() {
        return List.copyOf(lastHour.entrySet());
    }

    public long getLastHourTotal() {
        return lastHour.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Terminal accounts that still have their published demo password: the banner names them. */
    public String getDemoAccounts() {
        return String.join(", ", demoAccounts.withDemoPassword());
    }

    public List<TransactionLogEntry> getRefusals() {
        return refusals;
    }
}
