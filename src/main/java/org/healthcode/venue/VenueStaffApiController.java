package org.healthcode.venue;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "Venue staff", description = "Guards of a venue: its manager adds them by phone; guards see their venues")
class VenueStaffApiController {

	private final VenueStaffService staff;

	VenueStaffApiController(VenueStaffService staff) {
		this.staff = staff;
	}

	@PostMapping("/{id}/staff")
	ResponseEntity<VenueStaffMember> add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody AddStaffRequest request) {
		VenueStaffMember member = this.staff.add(me.accountId(), id, request.phone());
		return ResponseEntity.created(URI.create("/api/v1/venues/" + id + "/staff/" + member.accountId())).body(member);
	}

	@GetMapping("/{id}/staff")
	List<VenueStaffMember> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.staff.list(me.accountId(), id);
	}

	@DeleteMapping("/{id}/staff/{accountId}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long accountId) {
		this.staff.remove(me.accountId(), id, accountId);
		return ResponseEntity.noContent().build();
	}

	/** The venues the signed-in resident guards. */
	@GetMapping("/staffed")
	List<PublicVenue> staffed(@AuthenticationPrincipal AccountPrincipal me) {
		return this.staff.staffedBy(me.accountId());
	}

	record AddStaffRequest(String phone) {
	}

}
