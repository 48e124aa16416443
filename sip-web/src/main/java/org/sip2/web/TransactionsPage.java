package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sip2.server.admin.TransactionFilter;
import org.sip2.server.admin.TransactionLogQuery;
import org.sip2.server.audit.TransactionLogEntry;

/** The transaction log, filtered and paged in the database (a page at a time, never the whole log). */
@Named
@ViewScoped
public class TransactionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TransactionLogQuery query;

    private LocalDateTime from;
    private LocalDateTime to;
    private String terminal;
    private String patron;
    private String item;
    private String messageType;
    private String outcome;

    private final LazyDataModel<TransactionLogEntry> transactions = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) query.count(filter());
        }

        @Override
        public List<TransactionLogEntry> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return query.page(filter(), first, pageSize);
        }
    };

    private TransactionFilter filter() {
        return new TransactionFilter(from, to, terminal, patron, item, messageType, outcome);
    }

    public LazyDataModel<TransactionLogEntry> getTransactions() {
        return transactions;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getTerminal() {
        return terminal;
    }

    public void setTerminal(String terminal) {
        this.terminal = terminal;
    }

    public String getPatron() {
        return patron;
    }

    public void setPatron(String patron) {
        this.patron = patron;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
