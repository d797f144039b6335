package org.healthcode.account;

import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.SmsSender.SmsTemplate;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.HealthCodeException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEMO mode only: the last login code "sent" to a phone, since no SMS leaves a demo
 * install.
 */
@RestController
@ConditionalOnProperty(name = "healthcode.mode", havingValue = "DEMO", matchIfMissing = true)
@Tag(name = "Demo", description = "Present only in DEMO mode")
class DevSmsOutboxController {

	private final OutboxSmsSender outbox;

	DevSmsOutboxController(OutboxSmsSender outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/dev/sms-outbox")
	Map<String, String> lastCode(@RequestParam String phone) {
		PhoneNumber to = PhoneNumber.parse(phone);
		String code = this.outbox.latest(to, SmsTemplate.LOGIN_CODE)
			.map(parameters -> parameters.get("code"))
			.orElseThrow(() -> new HealthCodeException("SMS_NOT_FOUND", HttpStatus.NOT_FOUND));
		return Map.of("phone", to.value(), "code", code);
	}

}
