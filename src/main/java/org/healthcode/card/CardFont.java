package org.healthcode.card;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CJK font cards print with: the one the venue posters ship in the jar
 * ({@code fonts/wqy-microhei.ttc}), read once, so Chinese prints on a machine without
 * system fonts.
 */
@Component
class CardFont {

	private static final String RESOURCE = "fonts/wqy-microhei.ttc";

	/** The proportional face of the collection (the other is monospaced). */
	private static final String FACE = "WenQuanYiMicroHei";

	private final byte[] collection;

	CardFont() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.collection = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot load the card font " + RESOURCE, ex);
		}
	}

	/** Opens the collection for one document; close it after the document is saved. */
	Face open() throws IOException {
		TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(this.collection));
		TrueTypeFont face = ttc.getFontByName(FACE);
		if (face == null) {
			ttc.close();
			throw new IOException("Face " + FACE + " missing in " + RESOURCE);
		}
		return new Face(ttc, face);
	}

	record Face(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
