package org.healthcode.notice;

import org.healthcode.health.Color;
import org.healthcode.health.HealthStatusChanged;
import org.healthcode.health.StatusAdvice;
import org.healthcode.health.StatusReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears status changes once they are committed and tells the people concerned: an
 * official's change, a bulk marking, a colour carried forward by its rule. A status from
 * a risk-area visit, or its withdrawal, is an exposure alert; an approved appeal is told
 * by the appeal's own notice.
 */
@Component
class StatusNoticeListener {

	private static final Logger log = LoggerFactory.getLogger(StatusNoticeListener.class);

	private final NoticeService notices;

	private final StatusAdvice advice;

	StatusNoticeListener(NoticeService notices, StatusAdvice advice) {
		this.notices = notices;
		this.advice = advice;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(HealthStatusChanged changed) {
		try {
			if (changed.reason() == StatusReason.APPEAL_APPROVED) {
				// the appeal's decision is its own notice
				return;
			}
			boolean riskArea = (changed.reason() == StatusReason.RISK_AREA_VISIT && changed.color() != Color.GREEN)
					|| changed.reason() == StatusReason.RISK_AREA_WITHDRAWN;
			NoticeKind kind = riskArea ? NoticeKind.EXPOSURE_ALERT : NoticeKind.STATUS_CHANGED;
			this.notices.notify(changed.personId(), kind, changed.color(), changed.reason().name(),
					this.advice.until(changed.reason(), changed.color(), changed.expiresAt(), changed.nextColor())
						.orElse(null),
					changed.at());
		}
		catch (RuntimeException ex) {
			// the change itself is committed; a notice lost to a database failure is
			// logged
			log.warn("Notice of a status change not written ({})", ex.getClass().getSimpleName());
		}
	}

}
