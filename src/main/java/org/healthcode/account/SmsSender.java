package org.healthcode.account;

import java.util.Map;

import org.healthcode.identity.PhoneNumber;

/**
 * Port to the SMS gateway. Chinese gateways send pre-approved templates filled with
 * parameters, so that is the shape of a message here too.
 */
public interface SmsSender {

	void send(PhoneNumber to, SmsTemplate template, Map<String, String> parameters);

	enum SmsTemplate {

		/** 【山东健康码】您的登录验证码为 ${code}，5 分钟内有效，请勿泄露。 */
		LOGIN_CODE,

		/**
		 * 【山东健康码】您或您登记的同行人员有一条新的健康码通知，请登录查看原因和处理建议。 Parameters {@code kind} and
		 * {@code color} (absent for a test result) are codes, never personal data.
		 */
		NOTICE

	}

}
