package org.healthcode.notice;

import org.healthcode.appeal.AppealDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the appellant (and a companion's registrant) how their appeal was decided. */
@Component
class AppealNoticeListener {

	private static final Logger log = LoggerFactory.getLogger(AppealNoticeListener.class);

	private final NoticeService notices;

	AppealNoticeListener(NoticeService notices) {
		this.notices = notices;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AppealDecided decided) {
		try {
			this.notices.notify(decided.personId(), NoticeKind.APPEAL_DECIDED, decided.color(),
					decided.approved() ? "APPEAL_APPROVED" : "APPEAL_REJECTED", null, decided.at());
		}
		catch (RuntimeException ex) {
			log.warn("Notice of an appeal decision not written ({})", ex.getClass().getSimpleName());
		}
	}

}
