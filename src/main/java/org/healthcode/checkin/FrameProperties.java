package org.healthcode.checkin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.checkin.frame.*}: camera frames sent to the server-side QR decoder.
 *
 * @param maxPixels largest frame (width × height) decoded; larger ones are refused from
 * their header, before any pixel is decoded (a small compressed file can declare a huge
 * frame). The default takes a 2560 × 1440 camera frame.
 */
@ConfigurationProperties("healthcode.checkin.frame")
record FrameProperties(@DefaultValue("4000000") long maxPixels) {
}
