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
 * licence) so Chinese renders on a machine without system fonts; read once, at first use:
 * most starts print nothing, and reading it (about 5 MB, and Java 2D's font machinery)
 * would cost each start time and heap (issue 18).
 */
@Component
public class PrintFont {

	public static final String RESOURCE = "fonts/wqy-microhei.ttc";

	/**
	 * PostScript name of the proportional face in the collection (the other is
	 * monospaced).
	 */
	public static final String FACE = "WenQuanYiMicroHei";

	private volatile Loaded loaded;

	private Loaded loaded() {
		Loaded font = this.loaded;
		if (font == null) {
			synchronized (this) {
				font = this.loaded;
				if (font == null) {
					font = Loaded.read();
					this.loaded = font;
				}
			}
		}
		return font;
	}

	/** The font at a pixel size, for Java 2D. */
	public Font awt(float size) {
		return loaded().awtFont().deriveFont(size);
	}

	/**
	 * Whether every character of the text has a glyph, so nothing prints as an empty box.
	 */
	public boolean canDisplay(String text) {
		return loaded().awtFont().canDisplayUpTo(text) == -1;
	}

	/**
	 * Opens the collection for one PDF document; close it after the document is saved
	 * (the subset is embedded on save).
	 */
	public PdfFace openForPdf() throws IOException {
		TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(loaded().collection()));
		TrueTypeFont face = ttc.getFontByName(FACE);
		if (face == null) {
			ttc.close();
			throw new IOException("Face " + FACE + " missing in " + RESOURCE);
		}
		return new PdfFace(ttc, face);
	}

	private record Loaded(byte[] collection, Font awtFont) {

		static Loaded read() {
			try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
				byte[] collection = in.readAllBytes();
				// a collection yields its first face, the proportional one
				return new Loaded(collection,
						Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(collection)));
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("Cannot load the print font " + RESOURCE, ex);
			}
		}

	}

	public record PdfFace(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
