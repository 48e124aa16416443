package org.sip2.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The figures of one load level: per message type and overall, plus what the server spent when its
 * process was watched ({@code cpuMsPerRequest}, {@code exceptionsPerRequest}: {@code NaN} when not measured).
 */
record LevelResult(
        int connections,
        double seconds,
        Map<BenchLevel.Kind, Figures> messages,
        Figures overall,
        long failedToConnect,
        double cpuMsPerRequest,
        double exceptionsPerRequest) {

    LevelResult(
            int connections,
            double seconds,
            Map<BenchLevel.Kind, Figures> messages,
            Figures overall,
            long failedToConnect) {
        this(connections, seconds, messages, overall, failedToConnect, Double.NaN, Double.NaN);
    }

    /** Count, rate and latency percentiles in milliseconds, refusals (negative answers) and errors. */
    record Figures(
            long count, double perSecond, double p50, double p95, double p99, double max, long refused, long errors) {

        static Figures of(Histogram latency, double seconds, long refused, long errors) {
            long count = latency.getTotalCount();
            return new Figures(
                    count,
                    count / seconds,
                    ms(latency.getValueAtPercentile(50)),
                    ms(latency.getValueAtPercentile(95)),
                    ms(latency.getValueAtPercentile(99)),
                    ms(latency.getMaxValue()),
                    refused,
                    errors);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }

        String json() {
            return String.format(
                    Locale.ROOT,
                    "{\"count\":%d,\"perSecond\":%.1f,\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f,"
                            + "\"max\":%.3f,\"refused\":%d,\"errors\":%d}",
                    count,
                    perSecond,
                    p50,
                    p95,
                    p99,
                    max,
                    refused,
                    errors);
        }
    }

    LevelResult withCpu(double msPerRequest) {
        return new LevelResult(
                connections, seconds, messages, overall, failedToConnect, msPerRequest, exceptionsPerRequest);
    }

    LevelResult withExceptions(double perRequest) {
        return new LevelResult(connections, seconds, messages, overall, failedToConnect, cpuMsPerRequest, perRequest);
    }

    void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%d terminals, %.1f s, %,d requests, %,.0f requests/s, %d errors, %d refused%s%s%s%n",
                connections,
                seconds,
                overall.count(),
                overall.perSecond(),
                overall.errors(),
                overall.refused(),
                optional(", server CPU %.2f ms/request", cpuMsPerRequest),
                optional(", %.2f exceptions/request", exceptionsPerRequest),
                failedToConnect > 0 ? ", " + failedToConnect + " terminals could not connect" : "");
        out.printf(
                Locale.ROOT,
                "%-4s %10s %10s %8s %8s %8s %8s %9s %7s%n",
                "msg",
                "count",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "refused",
                "errors");
        messages.forEach((kind, f) -> row(out, kind.id, f));
        row(out, "all", overall);
        out.flush();
    }

    private static void row(PrintWriter out, String name, Figures f) {
        out.printf(
                Locale.ROOT,
                "%-4s %10d %10.0f %8.2f %8.2f %8.2f %8.2f %9d %7d%n",
                name,
                f.count(),
                f.perSecond(),
                f.p50(),
                f.p95(),
                f.p99(),
                f.max(),
                f.refused(),
                f.errors());
    }

    String json() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "{\"connections\":%d,\"seconds\":%.3f,\"failedToConnect\":%d,\"cpuMsPerRequest\":%s,"
                        + "\"exceptionsPerRequest\":%s,\"overall\":%s,\"messages\":{",
                connections,
                seconds,
                failedToConnect,
                number(cpuMsPerRequest),
                number(exceptionsPerRequest),
                overall.json()));
        String separator = "";
        for (Map.Entry<BenchLevel.Kind, Figures> entry : messages.entrySet()) {
            text.append(separator)
                    .append('"')
                    .append(entry.getKey().id)
                    .append("\":")
                    .append(entry.getValue().json());
            separator = ",";
        }
        return text.append("}}").toString();
    }

    private static String optional(String format, double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }
}
