package org.sip2.server.importing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The batch way in for files too big for a browser upload: a CSV file put into the import
 * directory ({@code sip.import.dir}) whose name starts with its kind ({@code items-2026.csv}) is
 * imported within seconds, patrons before items before loans, holds and fees when several wait.
 * It is moved to {@code processing/} while it runs and then to {@code done/} with two files beside
 * it: {@code NAME.report.csv} (the rows of the report) and {@code NAME.summary.txt} (the totals,
 * written last: its presence means the import is over). A file of no known kind goes to
 * {@code failed/} with a summary saying why. Writers put a file in place by renaming it (a
 * {@code .part} file is not read), which {@code bin/import.sh} does.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportDirectory {

    private static final Logger LOG = Logger.getLogger(ImportDirectory.class.getName());

    private final AtomicBoolean busy = new AtomicBoolean();

    @Inject
    @ConfigProperty(name = "sip.import.dir", defaultValue = "./data/import")
    String directory;

    @EJB
    CatalogImport imports;

    private Path incoming;

    @PostConstruct
    void open() {
        if (directory.isBlank() || directory.equalsIgnoreCase("off")) {
            LOG.info("No import directory (sip.import.dir=off)");
            return;
        }
        try {
            incoming = Path.of(directory).toAbsolutePath().normalize();
            for (String sub : List.of("processing", "done", "failed")) {
                Files.createDirectories(incoming.resolve(sub));
            }
            LOG.info("CSV files put into " + incoming + " are imported (docs/catalogue-import.md)");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The import directory " + directory + " cannot be used", e);
            incoming = null;
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void poll() {
        if (incoming == null || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Path file : waiting()) {
                process(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The import directory " + incoming + " could not be read", e);
        } finally {
            busy.set(false);
        }
    }

    /** The CSV files waiting, in the order their kinds depend on each other. */
    private List<Path> waiting() throws IOException {
        try (Stream<Path> files = Files.list(incoming)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".csv"))
                    .sorted(Comparator.comparing((Path file) -> ImportKind.ofFile(name(file))
                                    .map(Enum::ordinal)
                                    .orElse(-1))
                            .thenComparing(ImportDirectory::name))
                    .toList();
        }
    }

    private void process(Path file) throws IOException {
        String name = name(file);
        Optional<ImportKind> kind = ImportKind.ofFile(name);
        if (kind.isEmpty()) {
            Path failed = incoming.resolve("failed");
            Files.move(file, failed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            summarise(failed, name, "not imported: the name does not start with patrons, items, loans, holds or fees");
            return;
        }
        Path running =
                Files.move(file, incoming.resolve("processing").resolve(name), StandardCopyOption.REPLACE_EXISTING);
        ImportReport report;
        try (Reader csv = Files.newBufferedReader(running, StandardCharsets.UTF_8)) {
            report = imports.run(kind.get(), csv);
        }
        Path done = incoming.resolve("done");
        writeRows(report, done.resolve(name + ".report.csv"));
        Files.move(running, done.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        summarise(done, name, report.summary());
        LOG.info("Imported " + name + ": " + report.summary());
    }

    /** Writes NAME.summary.txt whole or not at all: whoever waits for it never reads half of it. */
    private static void summarise(Path directory, String name, String summary) throws IOException {
        Path part = directory.resolve(name + ".summary.part");
        Files.writeString(part, name + ": " + summary + "\n", StandardCharsets.UTF_8);
        Files.move(
                part,
                directory.resolve(name + ".summary.txt"),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeRows(ImportReport report, Path target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("line", "record", "outcome", "message")
                        .get()
                        .print(out)) {
            for (ImportRow row : report.keptRows()) {
                csv.printRecord(row.line(), row.key(), row.outcome(), row.message());
            }
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
