package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The tracing API for officials. Queries are POSTs so an ID number never appears in a URL
 * (and so in no access log or browser history). Every call is audited.
 */
@RestController
@Tag(name = "Tracing", description = "Officials: trajectories, contacts, venue exposure, bulk marking, dashboard")
class TracingApiController {

	private final TracingService tracing;

	private final ContactExport export;

	private final MarkingService marking;

	private final TracingDashboard dashboard;

	TracingApiController(TracingService tracing, ContactExport export, MarkingService marking,
			TracingDashboard dashboard) {
		this.tracing = tracing;
		this.export = export;
		this.marking = marking;
		this.dashboard = dashboard;
	}

	/**
	 * A person's check-ins in {@code [from, to)}, including those made for them as a
	 * companion.
	 */
	@PostMapping("/api/v1/tracing/trajectory")
	Trajectory trajectory(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody TrajectoryRequest request) {
		return this.tracing.trajectory(me, request.idNumber(), request.from(), request.to());
	}

	/**
	 * Everyone at the same venue within ± the window of each check-in of the case; the
	 * window is the venue's (by category) unless {@code windowMinutes} overrides it. One
	 * entry per contact person.
	 */
	@PostMapping("/api/v1/tracing/contacts")
	ContactResult contacts(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ContactsRequest request) {
		return this.tracing.contacts(me, request.idNumber(), request.from(), request.to(), request.windowMinutes(),
				Boolean.TRUE.equals(request.secondDegree()));
	}

	/**
	 * The contacts as CSV; full names and ID numbers only with {@code full} and a
	 * {@code reason} from the fixed list ({@code note} optional, required for
	 * {@code OTHER_PURPOSE}).
	 */
	@PostMapping("/api/v1/tracing/contacts/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody ExportRequest request) {
		byte[] csv = this.export.csv(me, request.idNumber(), request.from(), request.to(), request.windowMinutes(),
				Boolean.TRUE.equals(request.secondDegree()), Boolean.TRUE.equals(request.full()), request.reason(),
				request.note(), LocaleContextHolder.getLocale());
		return csvResponse(csv);
	}

	/** Everyone who checked in at a venue in {@code [from, to)}. */
	@PostMapping("/api/v1/tracing/exposure")
	Exposure exposure(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ExposureRequest request) {
		return this.tracing.exposure(me, request.venueId(), request.from(), request.to());
	}

	/**
	 * Starts a bulk marking of persons from a result; poll {@code GET
	 * /api/v1/tracing/jobs/{id}} for progress.
	 */
	@PostMapping("/api/v1/tracing/markings")
	ResponseEntity<MarkingJob> mark(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody MarkRequest request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.marking.start(me, request.personIds(), request.color(), request.reason()));
	}

	@GetMapping("/api/v1/tracing/jobs/{id}")
	MarkingJob job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.marking.job(me, id);
	}

	@GetMapping("/api/v1/tracing/dashboard")
	DashboardData dashboard() {
		return this.dashboard.data();
	}

	static ResponseEntity<byte[]> csvResponse(byte[] csv) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contacts.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	record TrajectoryRequest(@NotBlank @Size(max = 30) String idNumber, @NotNull Instant from, @NotNull Instant to) {

		@Override
		public String toString() {
			return "TrajectoryRequest[from=" + this.from + ", to=" + this.to + "]";
		}

	}

	/** Absent booleans mean false. */
	record ContactsRequest(@NotBlank @Size(max = 30) String idNumber, @NotNull Instant from, @NotNull Instant to,
			@Min(1) @Max(1440) Integer windowMinutes, Boolean secondDegree) {

		@Override
		public String toString() {
			return "ContactsRequest[from=" + this.from + ", to=" + this.to + "]";
		}

	}

	record ExportRequest(@NotBlank @Size(max = 30) String idNumber, @NotNull Instant from, @NotNull Instant to,
			@Min(1) @Max(1440) Integer windowMinutes, Boolean secondDegree, Boolean full, ExportPurpose reason,
			@Size(max = ContactExport.NOTE_MAX) String note) {

		@Override
		public String toString() {
			return "ExportRequest[from=" + this.from + ", to=" + this.to + ", full=" + this.full + "]";
		}

	}

	record ExposureRequest(@NotNull Long venueId, @NotNull Instant from, @NotNull Instant to) {
	}

	record MarkRequest(@NotEmpty List<@NotNull Long> personIds, @NotNull Color color, @NotNull StatusReason reason) {
	}

}
