package org.healthcode.checkin;

/**
 * Where a check-in came from: the web page behind the poster URL, or a third-party
 * channel.
 */
public enum Channel {

	WEB, APP, MINIPROGRAM_WECHAT, MINIPROGRAM_ALIPAY,

	/** Registered by a venue's staff at its gate; never chosen by a resident. */
	GATE

}
