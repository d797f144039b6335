package org.healthcode.venue;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a poster onto an A4 PDF page: layout units scaled to points, y flipped, QR
 * modules as vector rectangles so the code prints sharp at any size.
 */
final class PdfPosterCanvas implements PosterCanvas {

	private static final double SCALE = PDRectangle.A4.getWidth() / WIDTH;

	private final PDPageContentStream stream;

	private final PDType0Font font;

	PdfPosterCanvas(PDPageContentStream stream, PDType0Font font) {
		this.stream = stream;
		this.font = font;
	}

	@Override
	public void fill(Color color, double x, double y, double width, double height) {
		try {
			this.stream.setNonStrokingColor(color);
			this.stream.addRect(pt(x), pageY(y + height), pt(width), pt(height));
			this.stream.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void text(String text, double x, double baseline, float size, Color color, boolean bold) {
		try {
			this.stream.beginText();
			this.stream.setFont(this.font, pt(size));
			this.stream.setNonStrokingColor(color);
			if (bold) {
				// no bold face in the font: stroke the outlines as well
				this.stream.setStrokingColor(color);
				this.stream.setLineWidth(pt(size) * 0.03f);
				this.stream.setRenderingMode(RenderingMode.FILL_STROKE);
			}
			else {
				this.stream.setRenderingMode(RenderingMode.FILL);
			}
			this.stream.newLineAtOffset(pt(x), pageY(baseline));
			this.stream.showText(text);
			this.stream.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public double width(String text, float size, boolean bold) {
		try {
			return this.font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float pt(double units) {
		return (float) (units * SCALE);
	}

	private static float pageY(double units) {
		return PDRectangle.A4.getHeight() - pt(units);
	}

}
