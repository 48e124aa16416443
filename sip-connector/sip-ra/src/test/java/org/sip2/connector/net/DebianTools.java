package org.sip2.connector.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's command-line tools the tests talk to the listener with, installed with apt-get when missing (as root). */
final class DebianTools {

    private DebianTools() {}

    static synchronized void require(String command, String debianPackage) throws IOException, InterruptedException {
        if (onPath(command)) {
            return;
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", debianPackage);
        if (!onPath(command)) {
            throw new IOException(command + " is missing and apt-get could not install " + debianPackage);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        process.waitFor(10, TimeUnit.MINUTES);
    }
}
