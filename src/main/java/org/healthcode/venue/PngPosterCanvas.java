package org.healthcode.venue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.healthcode.support.PrintFont;

/** Draws a poster into a 1240 × 1754 pixel image (A4 at 150 dpi). */
final class PngPosterCanvas implements PosterCanvas {

	private final BufferedImage image = new BufferedImage((int) WIDTH, (int) HEIGHT, BufferedImage.TYPE_INT_RGB);

	private final Graphics2D graphics = this.image.createGraphics();

	private final PrintFont font;

	PngPosterCanvas(PrintFont font) {
		this.font = font;
		this.graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		this.graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		// QR modules stay sharp-edged: no antialiasing for shapes
		this.graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
	}

	@Override
	public void fill(Color color, double x, double y, double width, double height) {
		this.graphics.setColor(color);
		this.graphics.fillRect((int) Math.round(x), (int) Math.round(y), (int) Math.round(width),
				(int) Math.round(height));
	}

	@Override
	public void text(String text, double x, double baseline, float size, Color color, boolean bold) {
		this.graphics.setColor(color);
		this.graphics.setFont(fontOf(size, bold));
		this.graphics.drawString(text, (float) x, (float) baseline);
	}

	@Override
	public double width(String text, float size, boolean bold) {
		return fontOf(size, bold).getStringBounds(text, this.graphics.getFontRenderContext()).getWidth();
	}

	BufferedImage finish() {
		this.graphics.dispose();
		return this.image;
	}

	private Font fontOf(float size, boolean bold) {
		Font base = this.font.awt(size);
		// the font has no bold face; Java 2D emboldens it
		return bold ? base.deriveFont(Font.BOLD) : base;
	}

}
