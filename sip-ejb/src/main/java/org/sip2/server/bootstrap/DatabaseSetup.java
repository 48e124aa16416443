package org.sip2.server.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.sip2.server.admin.ConsoleUsers;
import org.sip2.server.admin.DemoAccounts;
import org.sip2.server.audit.AuditHousekeeping;

/**
 * Migrates the schema with Flyway when the application starts, loads the demo data into an empty
 * database if {@code sip.demo.data} is on, creates the first console admin, warns about demo
 * passwords, and purges the journal and the transaction log past their retention. Requests wait
 * for it ({@link #awaitReady()}).
 */
// The built-in data source, used unless sip.db.jndi names the server's own (DataSourceLookup).
// BuiltInDataSource connects to H2 or PostgreSQL by sip.db.url (empty: the H2 file at sip.db.path) and
// adds the settings H2 needs (WRITE_DELAY=0 and the others: see there). Not an XADataSource: with
// one database, every request's transaction would go through the two-phase coordinator for nothing.
// maxPoolSize: more than twice the request workers (sip-thread-pool, 64): a request that counts a
// PIN attempt takes a second connection for it, and a pool smaller than that can deadlock.
// Validation: a pooled connection is checked (isValid) before use, at most once a second, and a
// failed check drops the whole pool, so the server recovers by itself after a database restart.
@DataSourceDefinition(
        name = DataSourceLookup.BUILT_IN,
        className = "org.sip2.server.bootstrap.BuiltInDataSource",
        url = "${MPCONFIG=sip.db.url:}|${MPCONFIG=sip.db.path:./data/sipdb}",
        user = "${MPCONFIG=sip.db.user:sa}",
        password = "${MPCONFIG=sip.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 160,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@DependsOn("ScreenMessageSetup") // requests wait for this bean: the library's screen messages are in place by then
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway runs its own transactions
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    /** Migrations in SQL that runs on every supported database: the usual place for a new one. */
    static final String MIGRATIONS = "classpath:db/migration";

    /**
     * A migration that must differ between databases: one file per database, same version, in the folder named by
     * {@link #vendorMigrations} (Flyway itself has no placeholder for the database in a location).
     */
    static final String VENDOR_MIGRATIONS = "classpath:db/vendor/";

    @EJB
    DemoData demoData;

    @EJB
    ConsoleUsers consoleUsers;

    @EJB
    AuditHousekeeping audit;

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
        DataSource database = DataSourceLookup.lookup();
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(database)
                .locations(MIGRATIONS, vendorMigrations(productName(database)))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        if (loadDemoData && demoData.loadIntoEmptyDatabase()) {
            LOG.info("Demo data loaded into the empty database (set SIP_DEMO_DATA=false to start empty)");
        }
        consoleUsers.ensureFirstAdmin(adminPassword.orElse(null));
        demoAccounts.check();
        audit.purgeJournal();
        audit.purgeTransactionLog();
    }

    /** The folder of the migrations of this database only: {@code db/vendor/h2} or {@code db/vendor/postgresql}. */
    static String vendorMigrations(String databaseProductName) {
        String vendor = databaseProductName.toLowerCase(Locale.ROOT);
        if (!vendor.equals("h2") && !vendor.equals("postgresql")) {
            throw new IllegalStateException(
                    "Unsupported database " + databaseProductName + ": H2 and PostgreSQL are (docs/configuration.md)");
        }
        return VENDOR_MIGRATIONS + vendor;
    }

    private static String productName(DataSource database) {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    /** Returns once the schema is migrated: the container holds callers until {@link #migrate()} has run. */
    @Lock(LockType.READ)
    public void awaitReady() {
        // nothing to do: reaching this method is the wait
    }
}
