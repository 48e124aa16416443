package org.sip2.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The server's JVM on this machine, watched by process id: its CPU time (Linux {@code /proc}), and a
 * JFR recording of the exceptions it throws (started and stopped with {@code jcmd}).
 */
final class ServerProcess {

    private static final String RECORDING = "sip-bench";

    private final long pid;
    private final double ticksPerSecond;

    ServerProcess(long pid) throws IOException {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
        cpuSeconds(); // fails now, not after the first level, when the process is not there
    }

    /** User plus system CPU time the process has used so far, in seconds. */
    double cpuSeconds() throws IOException {
        return cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), ticksPerSecond);
    }

    /** Fields 14 (utime) and 15 (stime) of /proc/PID/stat, counted after the command name in parentheses. */
    static double cpuSeconds(String stat, double ticksPerSecond) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticksPerSecond;
    }

    /** Starts recording every exception thrown (JFR's profile settings with all exceptions) into {@code file}. */
    void startRecording(Path file) throws IOException {
        jcmd(
                "JFR.start",
                "name=" + RECORDING,
                "settings=profile",
                "exceptions=all",
                "filename=" + file.toAbsolutePath());
    }

    void stopRecording() throws IOException {
        jcmd("JFR.stop", "name=" + RECORDING);
    }

    /** The exceptions thrown in a recording, by type and throwing method, most frequent first. */
    static Map<String, Long> exceptionsThrown(Path file) throws IOException {
        Map<String, Long> sites = new TreeMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.JavaExceptionThrow")) {
                    sites.merge(site(event), 1L, Long::sum);
                }
            }
        }
        return sites;
    }

    /** The exception's class and the first frame of the application or its libraries: who made the JDK throw. */
    private static String site(RecordedEvent event) {
        String type = event.getClass("thrownClass") == null
                ? "?"
                : event.getClass("thrownClass").getName();
        if (event.getStackTrace() == null) {
            return type;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String owner = frame.getMethod().getType().getName();
            if (!owner.startsWith("java.")
                    && !owner.startsWith("jdk.")
                    && !owner.startsWith("sun.")
                    && !frame.getMethod().getName().equals("<init>")) {
                return type + " at " + owner + "." + frame.getMethod().getName();
            }
        }
        return type;
    }

    private void jcmd(String... command) throws IOException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for jcmd", e);
        }
    }

    /** Linux's USER_HZ, from getconf; 100 on every usual kernel. */
    private static double clockTicks() {
        try {
            Process process = new ProcessBuilder("getconf", "CLK_TCK").start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return process.waitFor() == 0 ? Double.parseDouble(output) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
