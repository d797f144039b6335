package org.healthcode.venue;

import java.awt.Color;

/**
 * Where a poster is drawn, in units of a 1240 × 1754 page (A4 at 150 dpi), y growing
 * downwards. One layout, two outputs: PNG pixels and PDF points.
 */
interface PosterCanvas {

	double WIDTH = 1240;

	double HEIGHT = 1754;

	void fill(Color color, double x, double y, double width, double height);

	/** Draws one line of text with its baseline at {@code baseline}. */
	void text(String text, double x, double baseline, float size, Color color, boolean bold);

	double width(String text, float size, boolean bold);

}
