package org.sip2.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The benchmark's figures as one PNG for docs/performance.md: throughput, latency and server CPU by terminals. */
final class BenchChart {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 420;

    private BenchChart() {}

    static void write(List<LevelResult> levels, String title, Path file) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        DefaultCategoryDataset rate = new DefaultCategoryDataset();
        levels.forEach(level -> rate.addValue(level.overall().perSecond(), "all", label(level)));
        panels.add(chart(ChartFactory.createBarChart(
                "Requests per second",
                "terminals",
                "requests/s",
                rate,
                PlotOrientation.VERTICAL,
                false,
                false,
                false)));
        panels.add(latency(levels));
        if (levels.stream().noneMatch(level -> Double.isNaN(level.cpuMsPerRequest()))) {
            DefaultCategoryDataset cpu = new DefaultCategoryDataset();
            levels.forEach(level -> cpu.addValue(level.cpuMsPerRequest(), "server", label(level)));
            panels.add(chart(ChartFactory.createBarChart(
                    "Server CPU per request",
                    "terminals",
                    "CPU ms/request",
                    cpu,
                    PlotOrientation.VERTICAL,
                    false,
                    false,
                    false)));
        }
        BufferedImage image = new BufferedImage(PANEL_WIDTH * panels.size(), HEIGHT + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(16f));
        g.drawString(title, 12, 26);
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g, new Rectangle2D.Double(i * PANEL_WIDTH, 40, PANEL_WIDTH, HEIGHT));
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Overall p50, p95 and p99 on a logarithmic axis: from milliseconds at one terminal to seconds at 500. */
    private static JFreeChart latency(List<LevelResult> levels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (LevelResult level : levels) {
            data.addValue(level.overall().p50(), "p50", label(level));
            data.addValue(level.overall().p95(), "p95", label(level));
            data.addValue(level.overall().p99(), "p99", label(level));
        }
        JFreeChart chart = ChartFactory.createLineChart(
                "Latency, all messages", "terminals", "ms", data, PlotOrientation.VERTICAL, true, false, false);
        LogarithmicAxis axis = new LogarithmicAxis("ms (log)");
        axis.setAllowNegativesFlag(false);
        axis.setStrictValuesFlag(false);
        ((CategoryPlot) chart.getPlot()).setRangeAxis(axis);
        return chart(chart);
    }

    private static JFreeChart chart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xF4F4F4));
        return chart;
    }

    private static String label(LevelResult level) {
        return Integer.toString(level.connections());
    }
}
