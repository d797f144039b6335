package org.healthcode.venue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK font posters are drawn with, shipped in the jar
 * ({@code fonts/wqy-microhei.ttc}, see {@code fonts/README.md} for its licence) so
 * Chinese renders on a machine without system fonts.
 */
@Component
class PosterFont {

	static final String RESOURCE = "fonts/wqy-microhei.ttc";

	/**
	 * PostScript name of the proportional face in the collection (the other is
	 * monospaced).
	 */
	static final String FACE = "WenQuanYiMicroHei";

	private final byte[] collection;

	private final Font awtFont;

	PosterFont() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.collection = in.readAllBytes();
			// a collection yields its first face, the proportional one
			this.awtFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(this.collection));
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Cannot load the poster font " + RESOURCE, ex);
		}
	}

	/** The font at a pixel size, for Java 2D. */
	Font awt(float size) {
		return this.awtFont.deriveFont(size);
	}

	/**
	 * Whether every character of the text has a glyph, so nothing prints as an empty box.
	 */
	boolean canDisplay(String text) {
		return this.awtFont.canDisplayUpTo(text) == -1;
	}

	/**
	 * Opens the collection for one PDF document; close it after the document is saved
	 * (the subset is embedded on save).
	 */
	PdfFace openForPdf() throws IOException {
		TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(this.collection));
		TrueTypeFont face = ttc.getFontByName(FACE);
		if (face == null) {
			ttc.close();
			throw new IOException("Face " + FACE + " missing in " + RESOURCE);
		}
		return new PdfFace(ttc, face);
	}

	record PdfFace(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
