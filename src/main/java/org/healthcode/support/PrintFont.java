package org.healthcode.support;

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
 * The CJK font everything printed is drawn with (venue posters, resident cards), shipped
 * in the jar ({@code fonts/wqy-microhei.ttc}, see {@code fonts/README.md} for its
 * licence) so Chinese renders on a machine without system fonts; read once.
 */
@Component
public class PrintFont {

	public static final String RESOURCE = "fonts/wqy-microhei.ttc";

	/**
	 * PostScript name of the proportional face in the collection (the other is
	 * monospaced).
	 */
	public static final String FACE = "WenQuanYiMicroHei";

	private final byte[] collection;

	private final Font awtFont;

	public PrintFont() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.collection = in.readAllBytes();
			// a collection yields its first face, the proportional one
			this.awtFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(this.collection));
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Cannot load the print font " + RESOURCE, ex);
		}
	}

	/** The font at a pixel size, for Java 2D. */
	public Font awt(float size) {
		return this.awtFont.deriveFont(size);
	}

	/**
	 * Whether every character of the text has a glyph, so nothing prints as an empty box.
	 */
	public boolean canDisplay(String text) {
		return this.awtFont.canDisplayUpTo(text) == -1;
	}

	/**
	 * Opens the collection for one PDF document; close it after the document is saved
	 * (the subset is embedded on save).
	 */
	public PdfFace openForPdf() throws IOException {
		TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(this.collection));
		TrueTypeFont face = ttc.getFontByName(FACE);
		if (face == null) {
			ttc.close();
			throw new IOException("Face " + FACE + " missing in " + RESOURCE);
		}
		return new PdfFace(ttc, face);
	}

	public record PdfFace(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
