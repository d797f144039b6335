/**
 * Notices: what residents are told when their own or a companion's code changes, a test
 * result arrives, a risk area they visited is designated or an appeal is decided — with
 * the reason, the advice and until when, on a notices page and by SMS.
 */
package org.healthcode.notice;
