package org.healthcode.appeal;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Appeals", description = "Residents appeal a colour; officials work the queue and decide")
class AppealApiController {

	static final Set<String> STATES = Set.of("OPEN", "APPROVED", "REJECTED");

	private final AppealService appeals;

	private final AppealDesk desk;

	private final AppealDecisions decisions;

	AppealApiController(AppealService appeals, AppealDesk desk, AppealDecisions decisions) {
		this.appeals = appeals;
		this.desk = desk;
		this.decisions = decisions;
	}

	/** Files an appeal about the resident ({@code SELF}) or one of their companions. */
	@PostMapping("/api/v1/me/appeals")
	@ResponseStatus(HttpStatus.CREATED)
	Appeal file(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody FileAppeal request) {
		return this.appeals.file(me.accountId(), request);
	}

	@GetMapping("/api/v1/me/appeals")
	List<Appeal> mine(@AuthenticationPrincipal AccountPrincipal me) {
		return this.appeals.mine(me.accountId());
	}

	@GetMapping("/api/v1/me/appeals/{id}")
	Appeal mine(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.appeals.mine(me.accountId(), id);
	}

	/**
	 * Adds one attachment (the raw file as the body: JPEG, PNG or PDF, at most 5 MB, at
	 * most three per appeal); its type is read from its content.
	 */
	@PostMapping(path = "/api/v1/me/appeals/{id}/attachments",
			consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PDF_VALUE,
					MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@ResponseStatus(HttpStatus.CREATED)
	Appeal attach(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody byte[] content) {
		return this.appeals.attach(me.accountId(), id, content);
	}

	/** The queue, oldest first, with the minutes left of the 24-hour target. */
	@GetMapping("/api/v1/appeals")
	List<AppealQueueEntry> queue(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "OPEN") String state, @RequestParam(required = false) AppealReason reason) {
		if (!STATES.contains(state)) {
			throw new HealthCodeException("APPEAL_STATE_INVALID", HttpStatus.BAD_REQUEST);
		}
		return this.desk.queue(me, state, reason);
	}

	@GetMapping("/api/v1/appeals/{id}")
	AppealCase caseOf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.desk.caseOf(me, id);
	}

	@GetMapping("/api/v1/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long attachmentId) {
		return download(this.desk.attachment(me, id, attachmentId), attachmentId);
	}

	@PostMapping("/api/v1/appeals/{id}/decision")
	AppealCase decide(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody AppealDecision decision) {
		return this.decisions.decide(me, id, decision);
	}

	static ResponseEntity<byte[]> download(AppealDesk.Attachment attachment, long id) {
		String extension = switch (attachment.contentType()) {
			case MediaType.IMAGE_PNG_VALUE -> "png";
			case MediaType.APPLICATION_PDF_VALUE -> "pdf";
			default -> "jpg";
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("attachment-" + id + "." + extension).build().toString())
			.body(attachment.content());
	}

}
