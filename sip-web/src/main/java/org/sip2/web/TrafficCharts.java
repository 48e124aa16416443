package org.sip2.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;
import org.sip2.server.monitoring.TrafficHistory.Minute;

/**
 * The dashboard's two line charts as Chart.js configurations for PrimeFaces' {@code p:chart}:
 * requests per minute by message type, and each type's p99 latency, over the history's minutes.
 */
final class TrafficCharts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private TrafficCharts() {}

    static String requestsPerMinute(List<Minute> minutes) {
        return chart(minutes, Minute::requests, "requests per minute");
    }

    static String p99Millis(List<Minute> minutes) {
        return chart(minutes, Minute::p99Millis, "p99 latency (ms)");
    }

    /** One line per message type that has a value in any minute; a minute without one is a gap. */
    private static String chart(
            List<Minute> minutes, Function<Minute, Map<String, ? extends Number>> values, String axis) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        minutes.forEach(minute -> labels.add(minute.at().format(CLOCK)));
        TreeSet<String> types = new TreeSet<>();
        minutes.forEach(minute -> types.addAll(values.apply(minute).keySet()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (String type : types) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Minute minute : minutes) {
                Number value = values.apply(minute).get(type);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", label(type))
                    .add("data", data)
                    .add("spanGaps", false)
                    .add("pointRadius", 1)
                    .add("tension", 0.2));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add("title", title(axis))))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build();
        return config.toString();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    /** "11 Checkout"; the id alone for a type SIP2 does not define. */
    private static String label(String type) {
        MessageDefinition definition = MessageTable.definition(type);
        return definition == null ? type : type + " " + definition.name();
    }
}
