package org.healthcode.card;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Printed cards over the API and for the pages' download links (same paths under
 * {@code /me}). Each request prints a new card and revokes the one before.
 */
@RestController
@Tag(name = "Cards", description = "Printed resident cards (居民码卡) for people without phones")
class CardApiController {

	private final Cards cards;

	CardApiController(Cards cards) {
		this.cards = cards;
	}

	@GetMapping({ "/api/v1/me/card.pdf", "/me/card.pdf" })
	ResponseEntity<byte[]> mine(@AuthenticationPrincipal AccountPrincipal me) {
		return pdf(this.cards.issueForSelf(me.accountId()), "card.pdf");
	}

	@GetMapping({ "/api/v1/me/companions/{id}/card.pdf", "/me/companions/{id}/card.pdf" })
	ResponseEntity<byte[]> companion(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return pdf(this.cards.issueForCompanion(me.accountId(), id), "card-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(bytes);
	}

}
