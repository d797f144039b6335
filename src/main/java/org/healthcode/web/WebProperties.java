package org.healthcode.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code healthcode.web.*}.
 *
 * @param maxRequestBody largest request body read (an image frame for the scanner fits);
 * counted as read, so chunked bodies are held to it too
 * @param secureCookies cookies only over HTTPS ({@code Secure}) and an HSTS header; on by
 * default in PRODUCTION mode ({@link SecureCookieDefaults})
 * @param hstsMaxAge how long browsers keep to HTTPS after an HSTS header
 * @param maxUploadBody largest body of a file upload — a POST of one raw file to a path
 * ending in {@code /attachments} (an appeal's photo or PDF); counted as read like every
 * other body. Every other request keeps {@code maxRequestBody}.
 * @param maxImportBody largest CSV import — a POST of one raw file to a path ending in
 * {@code /import} (vaccination records, lab results); read as a stream, never whole
 */
@ConfigurationProperties("healthcode.web")
record WebProperties(@DefaultValue("2MB") DataSize maxRequestBody, @DefaultValue("false") boolean secureCookies,
		@DefaultValue("365d") Duration hstsMaxAge, @DefaultValue("5MB") DataSize maxUploadBody,
		@DefaultValue("50MB") DataSize maxImportBody) {
}
