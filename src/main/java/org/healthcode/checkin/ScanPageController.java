package org.healthcode.checkin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.companion.Companion;
import org.healthcode.companion.CompanionService;
import org.healthcode.health.QrImages;
import org.healthcode.person.PersonService;
import org.healthcode.person.ProfileReturn;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeProperties;
import org.healthcode.venue.VenueService;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a phone camera, WeChat or Alipay opens from a poster: {@code /s/{token}}. The GET
 * shows the venue and registers nothing; the page posts at once by script (or by its
 * button without script), and the result is the blue screen. Also the in-page scanner
 * (扫一扫) and its server-side decoder.
 */
@Controller
class ScanPageController {

	private final CheckInService checkIns;

	private final VenueService venues;

	private final PersonService persons;

	private final CompanionService companions;

	private final QrFrameDecoder decoder;

	private static final DateTimeFormatter ENTRY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(DisplayZone.ZONE);

	private final HealthCodeProperties platform;

	private final CheckInProperties properties;

	private final Clock clock;

	ScanPageController(CheckInService checkIns, VenueService venues, PersonService persons, CompanionService companions,
			QrFrameDecoder decoder, HealthCodeProperties platform, CheckInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.checkIns = checkIns;
		this.venues = venues;
		this.persons = persons;
		this.companions = companions;
		this.decoder = decoder;
		this.platform = platform;
	}

	@GetMapping("/s/{token}")
	String scanned(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String token, HttpSession session,
			Model model) {
		model.addAttribute("venue", this.venues.resolveToken(token));
		if (this.persons.findByAccount(me.accountId()).isEmpty()) {
			// register first, then come back to this very venue
			ProfileReturn.remember(session, "/s/" + token);
			return "redirect:/me/profile";
		}
		model.addAttribute("token", token);
		// only companions who can come along (a person with an account must have
		// accepted)
		model.addAttribute("companions",
				this.companions.list(me.accountId()).stream().filter(Companion::usable).toList());
		return "checkin/scan";
	}

	@PostMapping("/s/{token}")
	String checkIn(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String token,
			@RequestParam(name = "companion", required = false) List<Long> companionIds, RedirectAttributes redirect) {
		CheckInResult result = this.checkIns.checkIn(me.accountId(), token,
				companionIds == null ? List.of() : companionIds, Channel.WEB);
		// said once, on the screen that follows this scan; reopening the entry later
		// does not say it. Only a repeat is carried: a first scan leaves the session's
		// attributes alone (two fewer session writes per scan)
		if (result.repeated()) {
			redirect.addFlashAttribute("repeated", true);
		}
		return "redirect:/checkins/" + result.id();
	}

	@GetMapping("/checkins/{id}")
	String result(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		CheckInResult result = this.checkIns.result(me.accountId(), id);
		Instant liveUntil = result.at().plus(this.properties.resultValidity());
		model.addAttribute("result", result);
		model.addAttribute("qr", QrImages.dataUri(result.holder().token(), result.holder().color()));
		model.addAttribute("entryAt", ENTRY_TIME.format(result.at()));
		Instant now = this.clock.instant();
		model.addAttribute("live", now.isBefore(liveUntil));
		model.addAttribute("nowMillis", now.toEpochMilli());
		model.addAttribute("liveUntilMillis", liveUntil.toEpochMilli());
		model.addAttribute("validityMinutes", Math.max(1, this.properties.resultValidity().toMinutes()));
		model.addAttribute("repeatMinutes", Math.max(1, this.properties.repeatWindow().toMinutes()));
		if (!model.containsAttribute("repeated")) {
			model.addAttribute("repeated", false);
		}
		return "checkin/result";
	}

	@GetMapping("/scan")
	String scanner() {
		return "checkin/scanner";
	}

	/**
	 * Decodes one camera frame (JPEG or PNG). Only codes of this platform lead anywhere:
	 * the answer is the local path to open, so a foreign QR never sends the phone to
	 * another site.
	 */
	@PostMapping(path = "/scan/decode", consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> decode(@RequestBody byte[] frame) {
		Optional<String> text = this.decoder.decode(frame);
		if (text.isEmpty()) {
			return Map.of("found", false);
		}
		return scanPathOf(text.get()).<Map<String, Object>>map(path -> Map.of("found", true, "path", path))
			.orElseGet(() -> Map.of("found", true, "foreign", true));
	}

	/**
	 * The same decoder for the staff's {@code /verify} page (public, as the page is): a
	 * displayed health code's content is handed back for the page to verify.
	 */
	@PostMapping(path = "/verify/decode", consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> decodeHealthCode(@RequestBody byte[] frame) {
		Optional<String> text = this.decoder.decode(frame).map(String::strip);
		if (text.isEmpty()) {
			return Map.of("found", false);
		}
		boolean plausible = text.get().length() <= 2000 && text.get().codePoints().noneMatch(Character::isWhitespace);
		return plausible ? Map.of("found", true, "token", text.get()) : Map.of("found", true, "foreign", true);
	}

	/**
	 * The {@code /s/...} path of a scan URL printed by this platform, if the text is one.
	 */
	Optional<String> scanPathOf(String text) {
		try {
			URI uri = URI.create(text.strip());
			URI base = URI.create(this.platform.baseUrl());
			boolean ours = uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost());
			String path = uri.getRawPath();
			if (ours && path != null && path.matches("/s/[A-Za-z0-9_.-]{1,600}")) {
				return Optional.of(path);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a URL at all
		}
		return Optional.empty();
	}

}
