package org.sip2.server.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.sip2.server.admin.ConsoleUsers;
import org.sip2.server.admin.DemoAccounts;
import org.sip2.server.audit.Journal;
import org.sip2.server.audit.TransactionLog;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema with Flyway when the application starts, loads the demo data into an empty
 * database if {@code sip.demo.data} is on, creates the first console admin, warns about demo
 * passwords, and purges the journal and the transaction log past their retention. Requests wait
 * for it ({@link #awaitReady()}).
 */
// The embedded data source, used unless sip.db.jndi names the server's own (SipDataSource).
// The driver class, not H2's JdbcDataSource: that one is an XADataSource, which would run every
// request's transaction through the two-phase coordinator although there is one database.
// WRITE_DELAY=0: H2 writes each commit to its file before the commit returns, so an acknowledged
// transaction survives a kill -9 of the server (docs/security.md, "Durable acknowledgements").
// QUERY_CACHE_SIZE: H2 keeps the parsed form of this many statements per pooled connection (its
// default of 8 is fewer than one checkout uses, so it parsed the same SQL again and again).
// DB_CLOSE_ON_EXIT=FALSE: H2's own JVM shutdown hook would close the database at SIGTERM under the
// requests still being answered (a commit then returned without being stored: ShutdownIT); the pool
// closes it when the application has stopped.
// maxPoolSize: more than twice the request workers (sip-thread-pool, 64): a request that counts a
// PIN attempt takes a second connection for it, and a pool smaller than that can deadlock.
@DataSourceDefinition(name = "java:app/jdbc/sip",
        className = "org.h2.Driver",
        url = "jdbc:h2:${MPCONFIG=sip.db.path:./data/sipdb};LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=256"
                + ";DB_CLOSE_ON_EXIT=FALSE",
        user = "${MPCONFIG=sip.db.user:sa}",
        password = "${MPCONFIG=sip.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 160)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway runs its own transactions
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @EJB
    DemoData demoData;

    @EJB
    ConsoleUsers consoleUsers;

    @EJB
    Journal journal;

    @EJB
    TransactionLog transactionLog;

    @EJB
    DemoAccounts demoAccounts;

    @Inject
    @ConfigProperty(name = "sip.demo.data", defaultValue = "true")
    boolean loadDemoData;

    /** Optional: MicroProfile Config has no empty default. */
    @Inject
    @ConfigProperty(name = "sip.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(SipDataSource.lookup())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        if (loadDemoData && demoData.loadIntoEmptyDatabase()) {
            LOG.info("Demo data loaded into the empty database (set SIP_DEMO_DATA=false to start empty)");
        }
        consoleUsers.ensureFirstAdmin(adminPassword.orElse(null));
        demoAccounts.check();
        journal.purge();
        transactionLog.purge();
    }

    /** Returns once the schema is migrated: the container holds callers until {@link #migrate()} has run. */
    @Lock(LockType.READ)
    public void awaitReady() {
        // nothing to do: reaching this method is the wait
    }
}
