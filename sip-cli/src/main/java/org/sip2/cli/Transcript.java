package org.sip2.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded conversation: per connection, each request (">", secrets masked) and the response
 * that followed ("<"). Lines starting with "#" are comments; "# connection N" starts a connection.
 */
record Transcript(List<List<Exchange>> connections) {

    static final String CONNECTION = "# connection ";

    /** One request and the response it got. */
    record Exchange(String request, String response) {}

    static Transcript read(Path file) throws IOException {
        List<List<Exchange>> connections = new ArrayList<>();
        List<Exchange> current = null;
        String request = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(CONNECTION) || (current == null && line.startsWith("> "))) {
                current = new ArrayList<>();
                connections.add(current);
            }
            if (line.startsWith("> ")) {
                request = line.substring(2);
            } else if (line.startsWith("< ") && request != null && current != null) {
                current.add(new Exchange(request, line.substring(2)));
                request = null;
            }
        }
        return new Transcript(connections);
    }
}
