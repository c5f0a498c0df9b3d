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
 * Renders part 3's latency percentiles — direct, through the hand-written relay and through the proxy —
 * one panel per concurrency, as a PNG with plain Java2D: grouped bars with their values, a linear axis
 * per panel.
 */
public final class LatencyChart {

	private static final double[] PERCENTILES = { 50, 90, 99, 99.9 };

	private static final Color DIRECT = new Color(0x4C78A8);

	private static final Color RELAYED = new Color(0xBAB0AC);

	private static final Color PROXIED = new Color(0xF58518);

	private static final String[] SERIES = { "direct", "hand-written relay", "via /ai/responses" };

	private static final Color[] COLORS = { DIRECT, RELAYED, PROXIED };

	private static final int PANEL_WIDTH = 520;

	private static final int HEIGHT = 474;

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
			legend(g, 20, 58);
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
		int at = x;
		for (int i = 0; i < SERIES.length; i++) {
			g.setColor(COLORS[i]);
			g.fillRect(at, y, 14, 14);
			g.setColor(Color.BLACK);
			g.drawString(SERIES[i], at + 20, y + 12);
			at += 20 + g.getFontMetrics().stringWidth(SERIES[i]) + 24;
		}
	}

	private static void drawPanel(Graphics2D g, Panel panel, int left) {
		int top = 104;
		int bottom = HEIGHT - 50;
		int axisX = left + 70;
		int right = left + PANEL_WIDTH - 20;
		double max = 0;
		for (double percentile : PERCENTILES) {
			for (Latencies series : panel.series()) {
				max = Math.max(max, series.percentileMicros(percentile));
			}
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
		List<Latencies> series = panel.series();
		int barWidth = groupWidth / (series.size() + 1);
		for (int i = 0; i < PERCENTILES.length; i++) {
			int groupX = axisX + i * groupWidth + barWidth / 2;
			for (int s = 0; s < series.size(); s++) {
				bar(g, groupX + s * barWidth, barWidth, series.get(s).percentileMicros(PERCENTILES[i]) / 1000.0, scaleMax,
						top, bottom, COLORS[s]);
			}
			g.setColor(Color.BLACK);
			String label = "p" + ((PERCENTILES[i] == Math.rint(PERCENTILES[i])) ? String.valueOf((int) PERCENTILES[i])
					: String.valueOf(PERCENTILES[i]));
			g.drawString(label, groupX + series.size() * barWidth / 2 - metrics.stringWidth(label) / 2, bottom + 18);
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
	 * @param relayed the hand-written relay's latencies
	 * @param proxied the proxied path's latencies
	 */
	public record Panel(String label, Latencies direct, Latencies relayed, Latencies proxied) {

		List<Latencies> series() {
			return List.of(this.direct, this.relayed, this.proxied);
		}

	}

}
