package com.generalaugment.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.generalaugment.benchmarks.load.Latencies;

/**
 * Renders part 3's latency percentiles, direct vs proxied, one panel per concurrency, as a PNG with plain
 * Java2D: grouped bars with their values, a linear axis per panel.
 */
public final class LatencyChart {

	private static final double[] PERCENTILES = { 50, 90, 99, 99.9 };

	private static final Color DIRECT = new Color(0x4C78A8);

	private static final Color PROXIED = new Color(0xF58518);

	private static final int PANEL_WIDTH = 520;

	private static final int HEIGHT = 460;

	private LatencyChart() {
	}

	/**
	 * Write the chart.
	 * @param panels one per concurrency
	 * @param title the title line
	 * @param subtitle the line under it (JDK, machine)
	 * @param file the PNG to write
	 */
	public static void write(List<Panel> panels, String title, String subtitle, Path file) {
		System.setProperty("java.awt.headless", "true");
		int width = PANEL_WIDTH * panels.size();
		BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, HEIGHT);
			g.setColor(Color.BLACK);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
			g.drawString(title, 20, 26);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
			g.setColor(Color.DARK_GRAY);
			g.drawString(subtitle, 20, 46);
			legend(g, width - 240, 14);
			for (int i = 0; i < panels.size(); i++) {
				drawPanel(g, panels.get(i), i * PANEL_WIDTH);
			}
		}
		finally {
			g.dispose();
		}
		try {
			ImageIO.write(image, "png", file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void legend(Graphics2D g, int x, int y) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.setColor(DIRECT);
		g.fillRect(x, y, 14, 14);
		g.setColor(Color.BLACK);
		g.drawString("direct", x + 20, y + 12);
		g.setColor(PROXIED);
		g.fillRect(x + 85, y, 14, 14);
		g.setColor(Color.BLACK);
		g.drawString("via /ai/responses", x + 105, y + 12);
	}

	private static void drawPanel(Graphics2D g, Panel panel, int left) {
		int top = 90;
		int bottom = HEIGHT - 50;
		int axisX = left + 70;
		int right = left + PANEL_WIDTH - 20;
		double max = 0;
		for (double percentile : PERCENTILES) {
			max = Math.max(max, Math.max(panel.direct().percentileMicros(percentile),
					panel.proxied().percentileMicros(percentile)));
		}
		double scaleMax = niceCeiling(max / 1000.0);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		g.setColor(Color.BLACK);
		g.drawString(panel.label(), axisX, top - 12);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		FontMetrics metrics = g.getFontMetrics();
		for (int tick = 0; tick <= 5; tick++) {
			double value = scaleMax * tick / 5;
			int y = bottom - (int) Math.round((bottom - top) * tick / 5.0);
			g.setColor(new Color(0xE0E0E0));
			g.drawLine(axisX, y, right, y);
			g.setColor(Color.DARK_GRAY);
			String text = format(value);
			g.drawString(text, axisX - 8 - metrics.stringWidth(text), y + 4);
		}
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(1.2f));
		g.drawLine(axisX, top, axisX, bottom);
		g.drawLine(axisX, bottom, right, bottom);
		g.drawString("ms", left + 12, top - 12);
		int groupWidth = (right - axisX) / PERCENTILES.length;
		int barWidth = groupWidth / 3;
		for (int i = 0; i < PERCENTILES.length; i++) {
			int groupX = axisX + i * groupWidth + groupWidth / 6;
			bar(g, groupX, barWidth, panel.direct().percentileMicros(PERCENTILES[i]) / 1000.0, scaleMax, top, bottom,
					DIRECT);
			bar(g, groupX + barWidth, barWidth, panel.proxied().percentileMicros(PERCENTILES[i]) / 1000.0, scaleMax, top,
					bottom, PROXIED);
			g.setColor(Color.BLACK);
			String label = "p" + ((PERCENTILES[i] == Math.rint(PERCENTILES[i])) ? String.valueOf((int) PERCENTILES[i])
					: String.valueOf(PERCENTILES[i]));
			g.drawString(label, groupX + barWidth - metrics.stringWidth(label) / 2, bottom + 18);
		}
	}

	private static void bar(Graphics2D g, int x, int width, double value, double scaleMax, int top, int bottom,
			Color color) {
		int height = (int) Math.round((bottom - top) * Math.min(value, scaleMax) / scaleMax);
		g.setColor(color);
		g.fillRect(x, bottom - height, width - 2, height);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		String text = format(value);
		g.drawString(text, x + (width - 2 - g.getFontMetrics().stringWidth(text)) / 2, bottom - height - 3);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
	}

	private static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String format(double ms) {
		if (ms == 0) {
			return "0";
		}
		return (ms >= 10) ? String.format(Locale.ROOT, "%.0f", ms)
				: (ms >= 1) ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.2f", ms);
	}

	/**
	 * One concurrency's latencies.
	 *
	 * @param label the panel's title
	 * @param direct the direct path's latencies
	 * @param proxied the proxied path's latencies
	 */
	public record Panel(String label, Latencies direct, Latencies proxied) {
	}

}
