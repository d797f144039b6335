package org.healthcode.testing;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;
import org.healthcode.testing.SamplingService.SampleView;
import org.healthcode.testing.SamplingService.TubeView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sampling site console (phone-sized): open a tube by typing its barcode, add people
 * by scanning their health code with the camera (frames decoded on the server where the
 * browser cannot, as on /verify) or by ID number and name, watch it fill, close it. Tube
 * codes are printed labels, not personal data, so they may appear in the address.
 */
@Controller
class SamplingPageController {

	private final SamplingService sampling;

	SamplingPageController(SamplingService sampling) {
		this.sampling = sampling;
	}

	@GetMapping("/sampling")
	String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String tube,
			Model model) {
		if (tube != null && !tube.isBlank()) {
			try {
				model.addAttribute("tube", this.sampling.tube(me, tube));
			}
			catch (HealthCodeException ex) {
				model.addAttribute("problem", ex.messageKey());
			}
		}
		return "testing/sampling";
	}

	@PostMapping("/sampling/tubes")
	String open(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String tubeCode,
			@RequestParam(required = false) Integer poolSize, RedirectAttributes redirect) {
		try {
			TubeView tube = this.sampling.open(me, tubeCode, poolSize);
			return toTube(tube.tubeCode());
		}
		catch (HealthCodeException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/sampling";
		}
	}

	@PostMapping("/sampling/tubes/{tubeCode}/samples")
	String sample(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String tubeCode,
			@RequestParam(required = false) String healthToken, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		try {
			SampleView added = this.sampling.addSample(me, tubeCode, healthToken, idNumber, name);
			redirect.addFlashAttribute("added", added.maskedName());
		}
		catch (HealthCodeException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return toTube(tubeCode);
	}

	@PostMapping("/sampling/tubes/{tubeCode}/close")
	String close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String tubeCode,
			RedirectAttributes redirect) {
		try {
			this.sampling.close(me, tubeCode);
		}
		catch (HealthCodeException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return toTube(tubeCode);
	}

	private static String toTube(String tubeCode) {
		boolean plain = tubeCode != null && SamplingService.TUBE_CODE.matcher(tubeCode).matches();
		return plain
				? "redirect:" + UriComponentsBuilder.fromPath("/sampling").queryParam("tube", tubeCode).toUriString()
				: "redirect:/sampling";
	}

}
