package org.healthcode.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code healthcode.web.*}.
 *
 * @param maxRequestBody largest request body accepted (an image frame for the scanner
 * fits)
 */
@ConfigurationProperties("healthcode.web")
record WebProperties(@DefaultValue("2MB") DataSize maxRequestBody) {
}
